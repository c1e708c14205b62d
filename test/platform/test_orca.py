"""What a real screen reader says: GNOME Orca 43 (orca.py) listening while a user moves through the
widget with the keyboard, in Firefox ESR and Chromium, in Dutch, Polish and Arabic. Each journey's
transcript must equal the one recorded in orca-transcripts.json, word for word, and the table
"What Orca says" in docs/accessibility.md must be the one those transcripts make (orca_table.py).
After a deliberate change: `MENSENHANDEL_FAQ_RECORD=1 npm run test:a11y-tree` records them anew and
rewrites the table; review the difference."""
import json
import os
import unittest

import orca_table
from engines import DESKTOP
from orca import Orca, focus, key
from tree import document, messages

HERE = os.path.dirname(os.path.abspath(__file__))
TRANSCRIPTS = os.path.join(HERE, 'orca-transcripts.json')
RECORD = os.environ.get('MENSENHANDEL_FAQ_RECORD') == '1'
#: The widget with every control a screen reader user meets: quick exit, the language menu, show
#: all, the questions, and a link to each question (`id`).
WIDGET = '<mensenhandel-faq lang="{lang}" exit-url="https://example.org/" languages="nl pl ar" id="faq"></mensenhandel-faq>'
#: The journeys: the keys pressed, one step each; the languages and engines each runs in. "Down…"
#: is Down until Orca reaches the next button (the engines break an answer into lines at
#: different places: the lines are joined).
JOURNEYS = {
    # Tab to quick exit, the language menu, show all and the first question; open it; browse mode; read the answer.
    'reads': (('Tab', 'Tab', 'Tab', 'Tab', 'Return', 'Insert+a', 'Down…', 'Down'), ('nl', 'pl', 'ar'), ('firefox', 'chromium')),
    # Tab to show all and use it; Tab to the first question and its copy-link button, and use that.
    'acts': (('Tab', 'Tab', 'Tab', 'Return', 'Tab', 'Tab', 'Return'), ('pl',), ('firefox', 'chromium')),
    # WebKitGTK, which Orca 43 reads without browse mode: Tab to the first question, open it, Down.
    'webkit': (('Tab', 'Tab', 'Tab', 'Tab', 'Return', 'Down'), ('pl',), ('webkit',)),
}
LANGUAGES = sorted({lang for _, languages, _ in JOURNEYS.values() for lang in languages})


def title(lang):
    return f'mensenhandel-faq, Orca, {lang}'


for each in LANGUAGES:
    DESKTOP.pages[f'orca-{each}.html'] = f'''<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>{title(each)}</title>
<script type="module" src="dist/mensenhandel-faq.js"></script></head>
<body><h1>Gemeente</h1>{WIDGET.format(lang=each)}</body></html>'''


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
        browser = DESKTOP.open(engine, f'orca-{lang}.html')
        try:
            document(title(lang))
            # Not what is said while the page loads: from the first silence after it.
            orca.quiet(len(orca.lines()), silence=1.5, timeout=20)
            focus(browser.pid)
            orca.quiet(len(orca.lines()), silence=0.5)
            transcript = []
            for keys in JOURNEYS[name][0]:
                start = len(orca.lines())
                if keys == 'Down…':
                    for _ in range(8):
                        key('Down')
                        said = orca.quiet(start)
                        if said and said[-1].endswith('push button.'):
                            break
                    # The answer's lines as one text.
                    said = [said[0], ' '.join(' '.join(said[1:-1]).split()), said[-1]]
                else:
                    key(keys)
                    said = orca.quiet(start)
                transcript.append([keys, said])
            return transcript
        finally:
            DESKTOP.close(browser)

    def check(self, engine, name, lang):
        heard = self.journey(engine, name, lang)
        self.heard.setdefault(engine, {}).setdefault(name, {})[lang] = heard
        if 'Down…' in dict(heard):
            # Whatever was recorded: the open answer is read whole, as the translation has it.
            self.assertEqual(dict(heard)['Down…'][1], ' '.join(messages(lang)['answers'][0].split()))
        if not RECORD:
            expected = recorded()[engine][name][lang]
            # WebKitGTK's journey is retried once (Orca's older script for it is less steady).
            if heard != expected and engine == 'webkit':
                heard = self.journey(engine, name, lang)
            self.assertEqual(heard, expected)

    def test_table_is_the_transcripts(self):
        if not RECORD:
            self.assertEqual(orca_table.section(recorded()), orca_table.current(), 'docs/accessibility.md: "What Orca says"')


def _add(engine, name, lang):
    setattr(Spoken, f'test_{engine}_{name}_{lang}', lambda self: self.check(engine, name, lang))


for _name, (_, _languages, _engines) in JOURNEYS.items():
    for _engine in _engines:
        for _lang in _languages:
            _add(_engine, _name, _lang)
