"""Reading the AT-SPI tree as a screen reader does (gi.repository.Atspi), and acting on it:
the accessibility "press" action, focus, and keys typed through the X server."""
import html
import os
import re
import subprocess
import time

import gi

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402

LOCALES = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), 'locales')


def messages(lang):
    """The widget's text in `lang` as a reader gets it, from the XLIFF files (Dutch: the sources)."""
    with open(os.path.join(LOCALES, 'en.xlf' if lang == 'nl' else f'{lang}.xlf'), encoding='utf-8') as file:
        xliff = file.read()
    pattern = r'<trans-unit id="([^"]+)">\s*<source>(.*?)</source>\s*(?:<target>(.*?)</target>)?'
    units = {unit: source if lang == 'nl' else target for unit, source, target in re.findall(pattern, xliff, re.S)}
    text = {key: html.unescape(re.sub(r'<x id="0"[^>]*/>', units.get('q6.link', ''), value)) for key, value in units.items()}
    return {
        'title': text['title'],
        'show_all': text['ui.show-all'],
        'hide_all': text['ui.hide-all'],
        'language': text['ui.language'],
        'questions': [text[f'q{n}.question'] for n in range(1, 7)],
        'answers': [text[f'q{n}.answer'] for n in range(1, 7)],
    }


def walk(node):
    """The node and everything under it, depth first, in document order."""
    yield node
    for index in range(node.get_child_count()):
        child = node.get_child_at_index(index)
        if child is not None:
            yield from walk(child)


def role(node):
    return node.get_role_name()


def name(node):
    return node.get_name() or ''


def attributes(node):
    return node.get_attributes() or {}


def has(node, state):
    return node.get_state_set().contains(state)


def is_region(node):
    """An ARIA region as the engines map it: ATK landmark, or xml-roles region."""
    return node.get_role() == Atspi.Role.LANDMARK or attributes(node).get('xml-roles') == 'region'


def in_heading(node):
    """Whether a node sits directly in a heading (a question's button does)."""
    return node.get_parent().get_role() == Atspi.Role.HEADING


def own_text(node):
    """A node's own text, its links and other children as embedded-object characters."""
    return Atspi.Text.get_text(node, 0, -1)


def text_of(node):
    """All text under a node, as a screen reader reads it line by line."""
    parts = []
    for each in walk(node):
        text = each.get_text_iface() if hasattr(each, 'get_text_iface') else None
        if text is not None:
            parts.append(own_text(each).replace('\ufffc', ' '))
    return ' '.join(' '.join(parts).split())


def text_language(node):
    """The `language` text attribute of a node's text (what a screen reader switches voice on)."""
    for each in walk(node):
        try:
            if Atspi.Text.get_character_count(each) > 0:
                attrs = dict(Atspi.Text.get_text_attributes(each, 0)[0] or {})
                attrs.update(Atspi.Text.get_default_attributes(each) or {})
                if attrs.get('language'):
                    return attrs['language']
        except Exception:  # a node without the Text interface
            continue
    return None


def press(node):
    """Runs the node's accessibility action (press/click/select), as a screen reader's "activate"."""
    names = [Atspi.Action.get_action_name(node, index) for index in range(Atspi.Action.get_n_actions(node))]
    for index, action in enumerate(names):
        # WebKitGTK names an option's only action ''.
        if action in ('press', 'click', 'activate', 'jump', 'select') or names == ['']:
            return Atspi.Action.do_action(node, index)
    raise AssertionError(f'{role(node)} "{name(node)}" has no press action')


def key(pid, *keys):
    """Types keys into the browser window of process `pid` (xdotool, through the X server)."""
    subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(pid), 'windowfocus', 'key',
                    '--delay', '80', *keys], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=15)


def click(pid, node):
    """Clicks the middle of a node with the mouse, in the browser window of process `pid`."""
    def laid_out():
        box = Atspi.Component.get_extents(node, Atspi.CoordType.SCREEN)
        assert box.width > 0 and box.x >= 0 and box.y >= 0, 'not on screen yet'
        return box
    box = eventually(laid_out)
    subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(pid), 'windowfocus', 'mousemove', str(box.x + box.width // 2),
                    str(box.y + box.height // 2), 'click', '1'], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=15)


def eventually(read, timeout=6.0):
    """Polls `read` until it returns without an AssertionError (the tree updates asynchronously)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return read()
        except AssertionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def document(title, timeout=30.0):
    """The web document named `title`, in whichever application shows it."""
    def find():
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            if app is None:
                continue
            try:
                for node in walk(app):
                    if node.get_role() in (Atspi.Role.DOCUMENT_WEB, Atspi.Role.DOCUMENT_FRAME) and name(node) == title:
                        return node
            except Exception:  # an application that went away while being read
                continue
        raise AssertionError(f'no document "{title}" in the accessibility tree')
    return eventually(find, timeout)


def phrases(root):
    """What a screen reader says reading `root` from top to bottom (browse mode): one phrase per
    item, as (node, phrase). Headings, buttons, links and the menu are said with their role and
    state; a region by its name; a paragraph by its text up to its first link; a live region by its text."""
    said = []

    def visit(node):
        kind = node.get_role()
        if kind == Atspi.Role.PUSH_BUTTON:
            state = (', expanded' if has(node, Atspi.StateType.EXPANDED) else ', collapsed') if has(node, Atspi.StateType.EXPANDABLE) else ''
            said.append((node, f'{name(node)}, button{state}'))
        elif kind == Atspi.Role.COMBO_BOX:
            chosen = [name(o) for o in walk(node) if o.get_role() == Atspi.Role.MENU_ITEM and has(o, Atspi.StateType.SELECTED)]
            said.append((node, f'{name(node)}, combo box, {chosen[0] if chosen else ""}'))
        elif kind == Atspi.Role.LINK:
            said.append((node, f'{name(node)}, link'))
        else:
            if kind == Atspi.Role.HEADING:
                said.append((node, f'{name(node)}, heading level {attributes(node).get("level")}'))
                node = next((b for b in walk(node) if b.get_role() == Atspi.Role.PUSH_BUTTON), None)
                if node is not None:
                    visit(node)
                return
            if is_region(node):
                said.append((node, f'{name(node)}, region'))
            elif attributes(node).get('live') == 'polite':
                own = ' '.join(own_text(node).replace('\ufffc', ' ').split())
                if own:
                    said.append((node, own))
                return
            elif kind == Atspi.Role.PARAGRAPH:
                own = ' '.join(own_text(node).split('\ufffc')[0].split())
                if own:
                    said.append((node, own))
            for index in range(node.get_child_count()):
                child = node.get_child_at_index(index)
                if child is not None:
                    visit(child)

    visit(root)
    return said
