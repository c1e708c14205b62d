"""What a screen reader says: the table "What a screen reader says" in README.md, row by row,
checked against the platform accessibility tree of Chromium, Firefox ESR and WebKitGTK. Each row
is a journey (what the user does) in one language, and the items a screen reader reads from the
place the journey leaves the user, in browse mode (see tree.phrases). An item ending in "…" is
matched by its beginning."""
import os
import re
import unittest

from engines import DESKTOP, Browser, page
from tree import Atspi, eventually, phrases, press

README = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), 'README.md')
TITLE = 'mensenhandel-faq, what a screen reader says'
LANGUAGES = {'nl': 'pl', 'pl': 'nl'}
#: For each journey: the widget it starts from (per language), what the user does, and the item
#: from which the screen reader reads on (a function of the phrases, after the action).
JOURNEYS = {
    'Reads the widget from the top': ('', None, lambda said: said[0][0]),
    'Opens the first question': ('', 'question', lambda said: question(said)),
    'Shows all answers': ('', 'show-all', lambda said: said[2][0]),
    'Chooses the next language in the menu': ('languages="{lang} {other}"', 'menu', lambda said: combo(said)),
    'Reaches the quick-exit button': ('exit-url="https://example.org/"', None, lambda said: said[1][0]),
    'Copies the link to an open question': ('id="faq-{lang}" open="1"', 'copy', lambda said: copy(said)),
}


def question(said):
    return next(node for node, _ in said if node.get_role() == Atspi.Role.PUSH_BUTTON and node.get_parent().get_role() == Atspi.Role.HEADING)


def combo(said):
    return next(node for node, _ in said if node.get_role() == Atspi.Role.COMBO_BOX)


def copy(said):
    return [node for node, _ in said if node.get_role() == Atspi.Role.PUSH_BUTTON and node.get_parent().get_role() != Atspi.Role.HEADING][-1]


def rows():
    """(journey, language, items) from the README's table."""
    with open(README, encoding='utf-8') as file:
        section = file.read().split('### What a screen reader says', 1)[1].split('\n#', 1)[0]
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

    def test_readme_table(self):
        table = rows()
        self.assertEqual({(j, lang) for j, lang, _ in table}, {(j, lang) for j in JOURNEYS for lang in LANGUAGES},
                         'the README has a row for each journey in each language')
        for journey, lang, expected in table:
            with self.subTest(journey=journey, lang=lang):
                group = self.case(case_id(journey, lang))
                _, action, start = JOURNEYS[journey]
                eventually(lambda: self.assertGreater(len(phrases(group)), 10, 'the widget is in the tree'))
                self.act(action, phrases(group))

                def heard():
                    said = phrases(group)
                    first = start(said)
                    items = [text for node, text in said[[node for node, _ in said].index(first):]][:len(expected)]
                    self.assertEqual([item if not e.endswith('…') or not item.startswith(e[:-1]) else e for item, e in zip(items, expected)], expected)
                eventually(heard)

    def act(self, action, said):
        if action == 'question':
            press(question(said))
        elif action == 'show-all':
            press(said[2][0])
        elif action == 'menu':
            self.choose_next_language(combo(said))
        elif action == 'copy':
            press(copy(said))


class Chromium(Spoken, unittest.TestCase):
    engine = 'chromium'


class Firefox(Spoken, unittest.TestCase):
    engine = 'firefox'


class WebKit(Spoken, unittest.TestCase):
    engine = 'webkit'
