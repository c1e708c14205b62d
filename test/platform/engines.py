"""What the platform tests share: one X server and D-Bus session for the whole run (the AT-SPI
client connects to its bus once), and a test-case base that shows one page in one engine."""
from session import Desktop
from tree import Atspi, click, document, eventually, has, key, name, press, walk

DESKTOP = Desktop({})


def page(title, cases):
    """A page with one widget per case, each in a group named "case <name>" so a test finds it."""
    groups = ''.join(f'<div role="group" aria-label="case {case}">{widget}</div>' for case, widget in cases.items())
    return f'''<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>{title}</title>
<script type="module" src="dist/mensenhandel-faq.js"></script></head>
<body><p>Cases</p>{groups}</body></html>'''


class Browser:
    """Shows `page` (file name) titled `title` in `engine` for the test case's tests."""

    engine = None
    page = None
    title = None
    browser = None
    doc = None

    @classmethod
    def setUpClass(cls):
        cls.browser = DESKTOP.open(cls.engine, cls.page)
        cls.doc = document(cls.title)
        # Keyboard focus into the page (WebKit's MiniBrowser starts with it in the address bar).
        click(cls.browser.pid, eventually(lambda: next(n for n in walk(cls.doc) if n.get_role() == Atspi.Role.PARAGRAPH)))

    @classmethod
    def tearDownClass(cls):
        DESKTOP.close(cls.browser)

    def case(self, case):
        return eventually(lambda: next((n for n in walk(self.doc) if name(n) == f'case {case}'), None) or self.fail(f'no case {case}'))

    def choose_next_language(self, menu):
        """Picks the option after the current one in a language menu. With the keyboard (Down in
        the focused menu) where keys can be typed; in WebKitGTK's MiniBrowser, where xdotool's keys
        do not arrive without a window manager, with the option's accessibility action."""
        options = [n for n in walk(menu) if n.get_role() == Atspi.Role.MENU_ITEM]
        current = next(i for i, option in enumerate(options) if has(option, Atspi.StateType.SELECTED))
        if self.engine == 'webkit':
            press(options[current + 1])
        else:
            Atspi.Component.grab_focus(menu)
            eventually(lambda: self.assertTrue(has(menu, Atspi.StateType.FOCUSED)))
            key(self.browser.pid, 'Down')
