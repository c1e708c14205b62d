"""What a screen reader says, made from orca-transcripts.json (what test_orca.py recorded): the
section of docs/accessibility.md (one table per journey and language, a row per step, what Orca
said in each engine) and the README's summary (one row per thing a user does, in Dutch, in
Firefox ESR). test_orca.py checks that both pages hold exactly this; recording rewrites them."""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PAGE = os.path.join(ROOT, 'docs', 'accessibility.md')
README = os.path.join(ROOT, 'README.md')
HEADING = '## What a screen reader says'
LANGUAGES = {'nl': 'Dutch', 'pl': 'Polish', 'ar': 'Arabic'}
ENGINES = {'firefox': 'Firefox ESR', 'chromium': 'Chromium', 'webkit': 'WebKitGTK (MiniBrowser)'}
JOURNEYS = {
    'reads': 'Tab to quick exit, the language menu, show all and the first question; open it; browse mode; read the answer',
    'acts': 'Tab to show all and use it; Tab to the first question and its copy-link button, and use that; '
            'back to the language menu, choose the next language; Tab to show all',
    'single': 'One-open mode (`single`, two questions, the first open, a help block): Tab to the second question, open it; '
              'back to the first; Tab on to the help block',
    'webkit': 'WebKitGTK: Tab to the first question, open it, Down',
}
#: The README's rows: what the user does, and the journey step where Orca says it.
SUMMARY = [
    ('Tabs into the widget: the quick-exit button', 'reads', 0),
    ('Tabs to the language menu', 'reads', 1),
    ('Tabs to "show all answers"', 'reads', 2),
    ('Tabs to the first question', 'reads', 3),
    ('Opens it (Enter)', 'reads', 4),
    ('Reads the answer (browse mode, Down)', 'reads', 6),
    ('Shows all answers (Enter on "show all")', 'acts', 3),
    ('Copies the link to an open question', 'acts', 6),
    ('Chooses the next language in the menu (Down)', 'acts', 10),
    ('…and Tabs on: the widget is in that language', 'acts', 11),
    ('One-open mode: opens the second question, goes back to the first', 'single', 3),
    ('Tabs on to the host\'s help block', 'single', 7),
]
INTRO = '''What GNOME Orca 43 (Debian's `orca`) says while a user moves through the widget with the
keyboard, in Firefox ESR and Chromium, in Dutch, Polish and Arabic: three journeys that meet quick
exit, the language menu, show all, the questions and answers, links to questions, one-open mode
and a help block (`test/platform/test_orca.py`, in `npm run test:a11y-tree`). Orca's speech is
recorded as it leaves Orca, word for word; the test fails when any of it changes, and this
section and the README's summary are made from those recordings (`test/platform/orca_table.py`).
Each cell is what Orca said after the keys, utterance by utterance ( · ); an answer's lines are
joined, and cut off here with "…" after 60 characters.

What a listener hears, beyond the accessibility tree (the next section):
- The question, its state, its role and its heading level in one utterance; after Enter, only
  "expanded" (Firefox, in one-open mode: "collapsed · expanded", the other question closing).
  Back on the question that closed, "collapsed".
- "region" **without a name** when Tab or browse mode enters an open answer, though each answer
  is a region named by its question in every engine's tree (the next section), and "leaving
  region." on the way out. That is how Orca 43 reads a region there: it names the widget's own
  region when focus first moves into it. The answers stay regions: the tree names each by its
  question, for screen readers that say a region's name, and they mark where an answer ends.
- After Enter on "show all", only "expanded", not the button's new name, which the tree has at
  once; Orca says it when focus comes back ("Alle antwoorden verbergen").
- "Browse mode" when Tab reaches a copy-link button or a link, "Focus mode" back on a button.
- Chromium adds "opens menu" to the language menu.
- Choosing another language: the new one's name, then the menu's message in the new language
  ("Polski. · Język: Polski"). Sometimes Orca first reads the widget's region and its quick-exit
  button and switches to browse mode: the widget rebuilds its accessibles for Firefox's sake (see
  above), and when that meets Orca's reading of the menu depends on timing, in both engines. The
  next Tab goes on from the menu either way (with "Focus mode" when Orca had left it). For this
  step the test compares the message, the last thing said, and after it ignores "Focus mode"; the
  rest is shown as it was recorded.
- The help block: Tab reaches its link, and Orca says the link alone ("0800 123 456 link."), not
  the block's heading ("Hulp en contact") or text; browse mode reads those.

The copy-link button's and the language menu's messages are polite live regions without a role:
an empty `role="status"` was read as "statusbar." in browse mode after every open answer.

Not in these recordings: the voice. In the trial that preceded these tests, Orca 43 sent every
utterance to the speech server as en-US, also where the tree says `language='pl'` or `'ar'`, so
Polish got English pronunciation and Arabic was spelled out; that is the screen reader's limit,
which the widget's `lang` cannot change. Nor is what Orca says once quick exit has left: that is
the next page loading, which a test cannot hear word for word.

A journey that differs from its recording is run once more, on a fresh page, before the test
fails. WebKitGTK gets a shorter journey: Orca 43 reads it with an older script, which says
"landmark" for a region and has no browse mode, so Down goes to the widget, whose arrow keys
move to the next question.'''
README_HEADING = '## What a screen reader says'
README_INTRO = '''What GNOME Orca 43 says, recorded word for word in Firefox ESR on a Dutch widget
(`npm test` checks it; Chromium, Polish and Arabic: [Accessibility](docs/accessibility.md#what-a-screen-reader-says)).
Utterances are separated by " · "; long ones are cut off with "…". What Orca says before the
language menu's message depends on timing (see Accessibility).'''


def cell(said, width=60):
    return ' · '.join(text if len(text) <= width else text[:width].rstrip() + '…' for text in said).replace('|', '\\|')


def section(transcripts):
    """The docs section's Markdown, heading included: a table per journey and language."""
    parts = [HEADING, '', INTRO]
    for name, title in JOURNEYS.items():
        engines = [engine for engine in ENGINES if name in transcripts.get(engine, {})]
        for lang in [lang for lang in LANGUAGES if lang in transcripts[engines[0]][name]]:
            steps = transcripts[engines[0]][name][lang]
            parts += ['', f'**{title}**, {LANGUAGES[lang]} (`lang="{lang}"`)', '', '| Keys | ' + ' | '.join(ENGINES[e] for e in engines) + ' |', '|---|' + '---|' * len(engines)]
            for index, (keys, _) in enumerate(steps):
                parts.append(f'| {keys} | ' + ' | '.join(cell(transcripts[engine][name][lang][index][1]) for engine in engines) + ' |')
    return '\n'.join(parts) + '\n'


def summary(transcripts):
    """The README's section, heading included."""
    rows = [f'| {does} | {cell(transcripts["firefox"][name]["nl"][step][1], 64)} |' for does, name, step in SUMMARY]
    return '\n'.join([README_HEADING, '', README_INTRO, '', '| What the user does | What Orca says |', '|---|---|', *rows]) + '\n'


def _current(path, heading):
    with open(path, encoding='utf-8') as file:
        page = file.read()
    if heading not in page:
        return ''
    return heading + page.split(heading, 1)[1].split('\n## ', 1)[0].rstrip('\n') + '\n'


def current():
    """The sections as docs/accessibility.md and the README have them now."""
    return _current(PAGE, HEADING), _current(README, README_HEADING)


def made(transcripts):
    """The sections as the transcripts make them."""
    return section(transcripts), summary(transcripts)


def write(transcripts):
    """Puts the sections into their pages (each replaces the one there)."""
    for path, heading, new in ((PAGE, HEADING, section(transcripts)), (README, README_HEADING, summary(transcripts))):
        with open(path, encoding='utf-8') as file:
            page = file.read()
        old = _current(path, heading)
        if not old:
            raise AssertionError(f'{path} has no "{heading}" to replace')
        with open(path, 'w', encoding='utf-8') as file:
            file.write(page.replace(old, new))
