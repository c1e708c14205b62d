"""The section "What Orca says" of docs/accessibility.md, made from orca-transcripts.json (what
test_orca.py recorded): one table per journey and language, a row per step, what Orca said in
each engine. test_orca.py checks that the page holds exactly this; recording rewrites it."""
import os

PAGE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), 'docs', 'accessibility.md')
HEADING = '## What Orca says'
LANGUAGES = {'nl': 'Dutch', 'pl': 'Polish', 'ar': 'Arabic'}
ENGINES = {'firefox': 'Firefox ESR', 'chromium': 'Chromium', 'webkit': 'WebKitGTK (MiniBrowser)'}
JOURNEYS = {
    'reads': 'Tab to quick exit, the language menu, show all and the first question; open it; browse mode; read the answer',
    'acts': 'Tab to show all and use it; Tab to the first question and its copy-link button, and use that',
    'webkit': 'WebKitGTK: Tab to the first question, open it, Down',
}
INTRO = '''GNOME Orca 43 (Debian's `orca`), listening while a user moves through a widget with quick exit,
the language menu and links to questions, in two journeys (`test/platform/test_orca.py`, in `npm run
test:a11y-tree`). Orca's speech is recorded as it leaves Orca, word for word; the test fails when
any of it changes, and this section is made from those recordings (`test/platform/orca_table.py`).
Each cell is what Orca said after the keys, utterance by utterance ( · ); an answer's lines are
joined, and cut off here with "…" after 60 characters.

What Orca says that the table above (the accessibility tree) does not:
- The question, its state, its role and its heading level in one utterance; after Enter, only
  "expanded".
- "region" **without a name** when browse mode enters an open answer, though the answer is a
  region named by its question in every engine's tree (the table above). Orca does name the
  widget's own region when focus moves into it (the first row).
- "statusbar." after the last button of an open answer: the empty status element beside the
  copy-link button, which says "Link copied" when a link is copied. Browse mode reads it as an
  item even while it is empty (only on widgets with `id`).
- After Enter on "show all", only "expanded": not the button's new name ("hide all answers"),
  which the tree has at once.
- "Browse mode" when Tab reaches a copy-link button from a question.
- Chromium adds "opens menu" to the language menu.

Not in these recordings: the voice. In the trial that preceded these tests, Orca 43 sent every
utterance to the speech server as en-US, also where the tree says `language='pl'` or `'ar'`, so
Polish got English pronunciation and Arabic was spelled out; that is the screen reader's limit,
which the widget's `lang` cannot change.

WebKitGTK gets a shorter journey, retried once when it differs: Orca 43 reads it with an older
script, which says "landmark" for a region and has no browse mode, so Down goes to the widget,
whose arrow keys move to the next question.'''


def cell(said):
    return ' · '.join(text if len(text) <= 60 else text[:60].rstrip() + '…' for text in said).replace('|', '\\|')


def section(transcripts):
    """The section's Markdown, heading included: a table per journey and language."""
    parts = [HEADING, '', INTRO]
    for name, title in JOURNEYS.items():
        engines = [engine for engine in ENGINES if name in transcripts.get(engine, {})]
        for lang in [lang for lang in LANGUAGES if lang in transcripts[engines[0]][name]]:
            steps = transcripts[engines[0]][name][lang]
            parts += ['', f'**{title}**, {LANGUAGES[lang]} (`lang="{lang}"`)', '', '| Keys | ' + ' | '.join(ENGINES[e] for e in engines) + ' |', '|---|' + '---|' * len(engines)]
            for index, (keys, _) in enumerate(steps):
                parts.append(f'| {keys} | ' + ' | '.join(cell(transcripts[engine][name][lang][index][1]) for engine in engines) + ' |')
    return '\n'.join(parts) + '\n'


def current():
    """The section as docs/accessibility.md has it now (empty if it has none)."""
    with open(PAGE, encoding='utf-8') as file:
        page = file.read()
    if HEADING not in page:
        return ''
    return HEADING + page.split(HEADING, 1)[1].split('\n## ', 1)[0].rstrip('\n') + '\n'


def write(transcripts):
    """Puts the section into docs/accessibility.md, before "WCAG 2.2 AA conformance"."""
    with open(PAGE, encoding='utf-8') as file:
        page = file.read()
    old = current()
    new = section(transcripts)
    page = page.replace(old, new) if old else page.replace('## WCAG 2.2 AA conformance', new + '\n## WCAG 2.2 AA conformance', 1)
    with open(PAGE, 'w', encoding='utf-8') as file:
        file.write(page)
