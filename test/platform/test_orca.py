"""What a real screen reader says: GNOME Orca 43 (orca.py) listening while a user moves through the
widget with the keyboard, in Firefox ESR and Chromium, in Dutch, Polish and Arabic. Each journey's
transcript must equal the one recorded in orca-transcripts.json, word for word, and the table
"What a screen reader says" in docs/accessibility.md and the README must be what those transcripts
make (orca_table.py).
After a deliberate change: `MENSENHANDEL_FAQ_RECORD=1 npm run test:a11y-tree` records them anew and
rewrites those sections; review the difference."""
import json
import os
import sys
import unittest

import orca_table
from engines import DESKTOP
from orca import Orca, focus, key
from tree import document, messages

HERE = os.path.dirname(os.path.abspath(__file__))
TRANSCRIPTS = os.path.join(HERE, 'orca-transcripts.json')
RECORD = os.environ.get('MENSENHANDEL_FAQ_RECORD') == '1'
#: The widget with every control a screen reader user meets: quick exit, the language menu (its own
#: language first, so Down chooses another), show all, the questions, and a link to each question (`id`).
WIDGET = '<mensenhandel-faq lang="{lang}" exit-url="https://example.org/" languages="{languages}" id="faq"></mensenhandel-faq>'
#: One-open mode with two questions, the first open, and the host's help block with a phone link.
SINGLE = ('<mensenhandel-faq lang="{lang}" single questions="1 2" open="1">'
          '<p slot="help">{help} <a href="tel:+31800123456">0800 123 456</a></p></mensenhandel-faq>')
#: The host's help text, as a host would write it in the widget's language.
HELP = {'nl': 'Bel ons gratis:', 'pl': 'Zadzwoń do nas bezpłatnie:', 'ar': 'اتصل بنا مجانًا:'}
#: The journeys: the keys pressed, one step each; the page; the languages and engines each runs
#: in. "Down…" is Down until Orca reaches the next button (the engines break an answer into lines
#: at different places: the lines are joined).
JOURNEYS = {
    # Tab to quick exit, the language menu, show all and the first question; open it; browse mode; read the answer.
    'reads': (('Tab', 'Tab', 'Tab', 'Tab', 'Return', 'Insert+a', 'Down…', 'Down'), 'orca', ('nl', 'pl', 'ar'), ('firefox', 'chromium')),
    # Tab to show all and use it; Tab to the first question and its copy-link button, and use that;
    # back to the language menu and choose the next language; Tab to show all in that language.
    'acts': (('Tab', 'Tab', 'Tab', 'Return', 'Tab', 'Tab', 'Return', 'shift+Tab', 'shift+Tab', 'shift+Tab', 'Down', 'Tab'),
             'orca', ('nl', 'pl', 'ar'), ('firefox', 'chromium')),
    # One-open mode: Tab to the open question and the next; open that; back to the first (now
    # closed); Tab on past the closing line's links to the host's help block.
    'single': (('Tab', 'Tab', 'Return', 'shift+Tab', 'Tab', 'Tab', 'Tab', 'Tab'), 'orca-single', ('nl', 'pl', 'ar'), ('firefox', 'chromium')),
    # WebKitGTK, which Orca 43 reads without browse mode: Tab to the first question, open it, Down.
    'webkit': (('Tab', 'Tab', 'Tab', 'Tab', 'Return', 'Down'), 'orca', ('pl',), ('webkit',)),
}
LANGUAGES = sorted({lang for _, _, languages, _ in JOURNEYS.values() for lang in languages})
#: The language menu's switch (journey, keys): it announces the new language 300 ms after the
#: widget rebuilds its accessibles for Firefox, and what Orca says before that, and whether it
#: leaves focus mode, depends on timing (see orca_table.INTRO). There the test waits longer, and
#: compares the announcement (the last thing said) and, after it, no mode changes.
SWITCH = ('acts', 'Down')
#: Each language's menu: its own first, then the others.
ORDER = ('nl', 'pl', 'ar')


#: What Orca says first when a page has loaded (its first line).
FIRST_LINE = 'Gemeente heading level 1.'


def title(lang):
    return f'mensenhandel-faq, Orca, {lang}'


def page(lang, widget):
    return f'''<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>{title(lang)}</title>
<script type="module" src="dist/mensenhandel-faq.js"></script></head>
<body><h1>Gemeente</h1>{widget}</body></html>'''


for each in LANGUAGES:
    rest = [other for other in ORDER if other != each]
    DESKTOP.pages[f'orca-{each}.html'] = page(each, WIDGET.format(lang=each, languages=' '.join([each, *rest])))
    DESKTOP.pages[f'orca-single-{each}.html'] = page(each, SINGLE.format(lang=each, help=HELP[each]))


def recorded():
    with open(TRANSCRIPTS, encoding='utf-8') as file:
        return json.load(file)


class Spoken(unittest.TestCase):
    """One Orca for the run (orca.py); each engine shows each language's page in turn."""

    heard = {}

    @classmethod
    def setUpClass(cls):
        cls.orca = Orca().__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.orca.__exit__(None, None, None)
        if RECORD:
            with open(TRANSCRIPTS, 'w', encoding='utf-8') as file:
                json.dump(cls.heard, file, ensure_ascii=False, indent=1)
                file.write('\n')
            orca_table.write(cls.heard)

    def journey(self, engine, name, lang):
        """Runs a journey on a fresh page; returns [[keys, [utterances]], …]."""
        orca = self.orca
        loading = len(orca.lines())
        browser = DESKTOP.open(engine, f'{JOURNEYS[name][1]}-{lang}.html')
        try:
            document(title(lang))
            # Not what is said while the page loads: from the first silence after Orca has read the
            # page's first line (WebKitGTK's MiniBrowser says nothing on loading).
            if engine != 'webkit':
                orca.wait(lambda: FIRST_LINE in orca.lines()[loading:], 'Orca to read the page', 20)
            orca.quiet(len(orca.lines()), silence=1.0, timeout=20, first=0)
            focus(browser.pid)
            orca.quiet(len(orca.lines()), silence=0.3, first=0)
            transcript = []
            for keys in JOURNEYS[name][0]:
                start = len(orca.lines())
                if keys == 'Down…':
                    for _ in range(8):
                        before = len(orca.lines())
                        key('Down')
                        orca.quiet(before)
                        said = orca.lines()[start:]
                        if said and said[-1].endswith('push button.'):
                            break
                    # The answer's lines as one text.
                    said = [said[0], ' '.join(' '.join(said[1:-1]).split()), said[-1]]
                else:
                    key(keys)
                    said = orca.quiet(start, silence=1.0 if (name, keys) == SWITCH else 0.5)
                transcript.append([keys, said])
            return transcript
        finally:
            DESKTOP.close(browser)

    @staticmethod
    def comparable(name, transcript):
        """A transcript as compared: at the language menu's switch (SWITCH), only the last thing
        said, and after it no "Focus mode" / "Browse mode"."""
        switched = False
        steps = []
        for keys, said in transcript:
            if (name, keys) == SWITCH:
                steps.append([keys, said[-1:]])
                switched = True
            else:
                steps.append([keys, [text for text in said if not (switched and text in ('Focus mode', 'Browse mode'))]])
        return steps

    def check(self, engine, name, lang):
        heard = self.journey(engine, name, lang)
        self.heard.setdefault(engine, {}).setdefault(name, {})[lang] = heard
        if 'Down…' in dict(heard):
            # Whatever was recorded: the open answer is read whole, as the translation has it.
            self.assertEqual(dict(heard)['Down…'][1], ' '.join(messages(lang)['answers'][0].split()))
        if not RECORD:
            expected = recorded()[engine][name][lang]
            # A journey that differs is run once more, on a fresh page: on a busy machine a late
            # event can still speak into it, and Orca's older script for WebKitGTK is less steady.
            if self.comparable(name, heard) != self.comparable(name, expected):
                print(f'\n{engine} {name} {lang}: differs, run once more: {heard}', file=sys.stderr)
                heard = self.journey(engine, name, lang)
            self.assertEqual(self.comparable(name, heard), self.comparable(name, expected))

    def test_table_is_the_transcripts(self):
        if not RECORD:
            self.assertEqual(orca_table.made(recorded()), orca_table.current(), 'docs/accessibility.md and README.md: "What a screen reader says"')


def _add(engine, name, lang):
    setattr(Spoken, f'test_{engine}_{name}_{lang}', lambda self: self.check(engine, name, lang))


for _name, (_, _, _languages, _engines) in JOURNEYS.items():
    for _engine in _engines:
        for _lang in _languages:
            _add(_engine, _name, _lang)
