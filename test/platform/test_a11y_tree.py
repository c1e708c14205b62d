"""The built widget in the accessibility tree that Linux screen readers read (AT-SPI), in
Chromium, Firefox ESR and WebKitGTK: what each state exposes, and that a collapsed answer is not
in the tree at all (no empty region named by its question). Run: `npm run test:a11y-tree`."""
import unittest

from engines import DESKTOP, Browser, page
from tree import Atspi, attributes, eventually, has, in_heading, is_region, key, messages, name, press, text_language, text_of, walk

#: One widget per case.
CASES = {
    'closed': '<mensenhandel-faq></mensenhandel-faq>',
    'one-open': '<mensenhandel-faq open="1"></mensenhandel-faq>',
    'keyboard': '<mensenhandel-faq></mensenhandel-faq>',
    'action': '<mensenhandel-faq></mensenhandel-faq>',
    'show-all': '<mensenhandel-faq></mensenhandel-faq>',
    'polish': '<mensenhandel-faq lang="pl"></mensenhandel-faq>',
    'arabic': '<mensenhandel-faq lang="ar"></mensenhandel-faq>',
    'menu': '<mensenhandel-faq languages="nl pl ar"></mensenhandel-faq>',
    'menu-language': '<mensenhandel-faq languages="nl pl ar"></mensenhandel-faq>',
}
TITLE = 'mensenhandel-faq in the platform accessibility tree'
DESKTOP.pages['tree.html'] = page(TITLE, CASES)


def show_all(nodes):
    """The show-all buttons among `nodes`: expandable, and not a question (in a heading)."""
    return [n for n in nodes if n.get_role() == Atspi.Role.PUSH_BUTTON and has(n, Atspi.StateType.EXPANDABLE) and not in_heading(n)]


class Tree(Browser):
    """Assertions on one engine's tree; each engine's test case runs them on its own browser."""

    page = 'tree.html'
    title = TITLE

    def assert_widget(self, case, lang, expanded):
        """The widget in `case` shows all six questions in `lang`, with `expanded` (ids) open."""
        text = messages(lang)

        def read():
            group = self.case(case)
            nodes = list(walk(group))
            headings = [n for n in nodes if n.get_role() == Atspi.Role.HEADING]
            self.assertEqual([(name(h), attributes(h).get('level')) for h in headings],
                             [(text['title'], '2')] + [(q, '3') for q in text['questions']])
            for number, heading in enumerate(headings[1:], start=1):
                buttons = [n for n in walk(heading) if n.get_role() == Atspi.Role.PUSH_BUTTON]
                self.assertEqual([name(b) for b in buttons], [text['questions'][number - 1]], 'one button per question heading, named by it')
                self.assertTrue(has(buttons[0], Atspi.StateType.EXPANDABLE), f'question {number} is expandable')
                self.assertEqual(has(buttons[0], Atspi.StateType.EXPANDED), number in expanded, f'question {number} expanded')
            regions = [n for n in nodes if is_region(n) and name(n) != text['title']]
            self.assertEqual([name(r) for r in regions], [text['questions'][n - 1] for n in expanded],
                             'a region for each open answer, named by its question; none for a collapsed one')
            everything = text_of(group)
            for number in range(1, 7):
                start = ' '.join(text['answers'][number - 1].split())[:40]
                if number in expanded:
                    self.assertIn(start, text_of(regions[expanded.index(number)]))
                else:
                    self.assertNotIn(start, everything, f'collapsed answer {number} is not in the tree')
            self.assertEqual([name(t) for t in show_all(nodes)], [text['hide_all' if len(expanded) == 6 else 'show_all']], 'show-all is an expandable button')
            return group, headings
        return eventually(read)

    def question(self, case, number):
        _, headings = self.assert_widget_any(case)
        return next(n for n in walk(headings[number]) if n.get_role() == Atspi.Role.PUSH_BUTTON)

    def assert_widget_any(self, case):
        group = self.case(case)
        return group, [n for n in walk(group) if n.get_role() == Atspi.Role.HEADING]

    def test_closed(self):
        self.assert_widget('closed', 'nl', [])

    def test_one_open(self):
        self.assert_widget('one-open', 'nl', [1])

    def test_press_action_toggles(self):
        self.assert_widget('action', 'nl', [])
        press(self.question('action', 3))
        self.assert_widget('action', 'nl', [3])
        press(self.question('action', 3))
        self.assert_widget('action', 'nl', [])

    def test_show_all_opens_six(self):
        group, _ = self.assert_widget('show-all', 'nl', [])
        press(show_all(walk(group))[0])
        self.assert_widget('show-all', 'nl', [1, 2, 3, 4, 5, 6])

    def test_polish_text_carries_its_language(self):
        _, headings = self.assert_widget('polish', 'pl', [])
        self.assertEqual(text_language(headings[1]), 'pl')

    def test_arabic(self):
        _, headings = self.assert_widget('arabic', 'ar', [])
        self.assertEqual(text_language(headings[1]), 'ar')

    def test_language_menu_switch(self):
        """Choosing Polski in the menu: the whole widget (title, questions, show-all) is Polish."""
        self.choose_next_language(self.menu('menu'))
        self.assert_widget('menu', 'pl', [])

    def test_language_menu_switch_sets_text_language(self):
        """After the switch, the text says it is Polish, so a screen reader changes voice."""
        self.choose_next_language(self.menu('menu-language'))
        self.assert_widget('menu-language', 'pl', [])
        eventually(lambda: self.assertEqual(text_language(self.assert_widget_any('menu-language')[1][1]), 'pl'))

    def menu(self, case):
        group, _ = self.assert_widget(case, 'nl', [])
        menu = next(n for n in walk(group) if n.get_role() == Atspi.Role.COMBO_BOX)
        self.assertEqual(name(menu), messages('nl')['language'])
        self.assertEqual([name(o) for o in walk(menu) if o.get_role() == Atspi.Role.MENU_ITEM], ['Nederlands', 'Polski', 'العربية'])
        return menu


class Keyboard:
    """Enter on a focused question, typed through the X server (not in WebKitGTK's MiniBrowser:
    see Browser.choose_next_language; WebKit's keyboard handling is tested through WebDriver in
    test/interaction.test.ts)."""

    def test_enter_toggles(self):
        self.assert_widget('keyboard', 'nl', [])
        Atspi.Component.grab_focus(self.question('keyboard', 2))
        eventually(lambda: self.assertTrue(has(self.question('keyboard', 2), Atspi.StateType.FOCUSED)))
        key(self.browser.pid, 'Return')
        self.assert_widget('keyboard', 'nl', [2])
        key(self.browser.pid, 'Return')
        self.assert_widget('keyboard', 'nl', [])


class Chromium(Tree, Keyboard, unittest.TestCase):
    engine = 'chromium'


class Firefox(Tree, Keyboard, unittest.TestCase):
    engine = 'firefox'


class WebKit(Tree, unittest.TestCase):
    engine = 'webkit'
