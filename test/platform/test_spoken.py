"""What the accessibility tree gives a screen reader: the table "What the accessibility tree holds"
in docs/accessibility.md, row by row, checked against the platform accessibility tree of Chromium, Firefox ESR and WebKitGTK. Each row
is a journey (what the user does) in one language, and the items a screen reader reads from the
place the journey leaves the user, in browse mode (see tree.phrases). An item ending in "…" is
matched by its beginning."""
import os
import re
import unittest

from engines import DESKTOP, Browser, page
from tree import Atspi, eventually, has, in_heading, phrases, press

PAGE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), 'docs', 'accessibility.md')
TITLE = 'mensenhandel-faq, what a screen reader says'
LANGUAGES = {'nl': 'pl', 'pl': 'nl'}
#: For each journey: the widget it starts from (per language), what the user does (if anything),
#: and the item from which the screen reader reads on (found among the phrases, after the action).
JOURNEYS = {
    'Reads the widget from the top': ('', None, lambda said: said[0][0]),
    'Opens the first question': ('', lambda test, said: press(question(said)), lambda said: question(said)),
    'Shows all answers': ('', lambda test, said: press(show_all(said)), lambda said: show_all(said)),
    'Chooses the next language in the menu': ('languages="{lang} {other}"', lambda test, said: test.choose_next_language(combo(said)), lambda said: combo(said)),
    'Reaches the quick-exit button': ('exit-url="https://example.org/"', None, lambda said: buttons(said)[0]),
    'Copies the link to an open question': ('id="faq-{lang}" open="1"', lambda test, said: press(buttons(said)[-1]), lambda said: buttons(said)[-1]),
}


def question(said):
    """The first question's button."""
    return next(node for node, _ in said if node.get_role() == Atspi.Role.PUSH_BUTTON and in_heading(node))


def buttons(said):
    """The buttons that are not questions, in reading order (quick exit, show all, copy link)."""
    return [node for node, _ in said if node.get_role() == Atspi.Role.PUSH_BUTTON and not in_heading(node)]


def show_all(said):
    return next(node for node in buttons(said) if has(node, Atspi.StateType.EXPANDABLE))


def combo(said):
    return next(node for node, _ in said if node.get_role() == Atspi.Role.COMBO_BOX)


def rows():
    """(journey, language, items) from the table in docs/accessibility.md."""
    with open(PAGE, encoding='utf-8') as file:
        section = file.read().split('\n## What the accessibility tree holds\n', 1)[1].split('\n#', 1)[0]
    table = [line for line in section.splitlines() if line.startswith('| ') and not line.startswith('| What the user does')]
    return [(journey.strip(), lang.strip(), [item.strip() for item in said.split(' → ')])
            for journey, lang, said in (re.match(r'\| (.*?) \| (\w+) \| (.*) \|$', line).groups() for line in table)]


def case_id(journey, lang):
    return f'{re.sub(r"[^a-z]+", "-", journey.lower()).strip("-")}-{lang}'


CASES = {case_id(journey, lang): f'<mensenhandel-faq lang="{lang}" {attrs.format(lang=lang, other=other)}></mensenhandel-faq>'
         for journey, (attrs, _, _) in JOURNEYS.items() for lang, other in LANGUAGES.items()}
DESKTOP.pages['spoken.html'] = page(TITLE, CASES)


class Spoken(Browser):
    page = 'spoken.html'
    title = TITLE

    def test_spoken_table(self):
        table = rows()
        self.assertEqual({(j, lang) for j, lang, _ in table}, {(j, lang) for j in JOURNEYS for lang in LANGUAGES},
                         'docs/accessibility.md has a row for each journey in each language')
        for journey, lang, expected in table:
            with self.subTest(journey=journey, lang=lang):
                group = self.case(case_id(journey, lang))
                _, act, start = JOURNEYS[journey]
                eventually(lambda: self.assertGreater(len(phrases(group)), 10, 'the widget is in the tree'))
                if act:
                    act(self, phrases(group))

                def heard():
                    said = phrases(group)
                    first = start(said)
                    items = [text for node, text in said[[node for node, _ in said].index(first):]][:len(expected)]
                    self.assertEqual([item if not e.endswith('…') or not item.startswith(e[:-1]) else e for item, e in zip(items, expected)], expected)
                eventually(heard)


class Chromium(Spoken, unittest.TestCase):
    engine = 'chromium'


class Firefox(Spoken, unittest.TestCase):
    engine = 'firefox'


class WebKit(Spoken, unittest.TestCase):
    engine = 'webkit'
