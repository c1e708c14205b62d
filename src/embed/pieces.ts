/**
 * The embed in pieces: every piece of markup an embed is assembled from, rendered from the
 * element's own templates (./markup.ts), for one language (`LanguagePieces`) and for all
 * (`CommonPieces`: what no language changes). `compose` (./compose.ts) puts them together for a
 * configuration; the WordPress plugin does the same in PHP with the same pieces, which the build
 * writes as JSON (scripts/wordpress-embed.mjs), so it never renders the widget itself.
 */
import { html, nothing } from 'lit';
import { THEMES, type Theme } from '../attributes.js';
import { QUESTION_IDS, type FaqContent } from '../content.js';
import type { LitTags } from '../features/feature.js';
import { helpSection } from '../features/help.js';
import { languageMenu } from '../features/language-menu.js';
import { copyLink } from '../features/links.js';
import { exitButton } from '../features/quick-exit.js';
import { text } from '../light-text.js';
import { directionOf, LOCALES, SOURCE_LOCALE, type Locale } from '../locale.js';
import { entry, expandAll, shell, titleHeading } from '../templates.js';
import { escapeText, FALLBACK } from './config.js';
import { topElements, withoutScript } from './markup.js';

const LIT: LitTags = { html, nothing };
const none = () => {};
/** Heading levels of the title; the questions' are one deeper, at most 6 (`LEVELS[level]`). */
const LEVELS = [1, 2, 3, 4, 5, 6] as const;
/** Marks a place in rendered markup where the markup is cut into pieces. */
const CUT = '\uE000';

/** Markup rendered with `CUT` text in it, cut there. */
const cut = (markup: string) => markup.split(CUT);

/** The pieces no language changes. */
export interface CommonPieces {
  /** Between the top controls and the questions: the list's start. */
  listStart: string;
  /** After the questions: the list's end and the closing line's place. */
  listEnd: string;
  /** The end of the widget's section. */
  end: string;
  /** The title's heading, by level (`title[level - 1]`). */
  title: string[];
  /**
   * Each question's `<details>` start tag: `[closed, open, closed in a group, open in a group]`
   * (a group: `single`, one open at a time).
   */
  itemStart: string[];
  /** Each question's markup after its start tag, by id and title level, cut where the copy-link button goes. */
  item: Record<string, [string, string][]>;
}

/** The pieces of one language. */
export interface LanguagePieces {
  /** The widget's section start tag, by theme: `[with title, without]`. */
  start: Record<Theme, [string, string]>;
  /** The show-all button: `[it shows all, it hides all]`. */
  expandAll: [string, string];
  exit: string;
  /** The language menu with every language, this one chosen. */
  menu: string;
  copyLink: string;
  /** The help section, by title level (its heading one deeper). */
  help: string[];
  /** The text in the light DOM. */
  text: {
    /** By level. */
    title: string[];
    /** By id, then by title level (the question one deeper). */
    question: Record<string, string[]>;
    answer: Record<string, string>;
    moreInfo: string;
  };
  fallback: string;
}

export function commonPieces(content: FaqContent): CommonPieces {
  const [, listStart, listEnd, end] = cut(
    withoutScript(shell({ content, locale: SOURCE_LOCALE, theme: 'light', title: 0, top: CUT, items: CUT, help: CUT }), false),
  );
  const item = (id: (typeof QUESTION_IDS)[number], level: number, open = false, single = false) =>
    withoutScript(entry(id, { level: level + 1, open, toggle: none, reveal: none, after: CUT }), single);
  const startOf = (markup: string) => markup.slice(0, markup.indexOf('>') + 1);
  return {
    listStart: listStart!,
    listEnd: listEnd!,
    end: end!,
    title: LEVELS.map((level) => withoutScript(titleHeading(level), false)),
    itemStart: [startOf(item(1, 2)), startOf(item(1, 2, true)), startOf(item(1, 2, false, true)), startOf(item(1, 2, true, true))],
    item: Object.fromEntries(
      QUESTION_IDS.map((id) => [id, LEVELS.map((level) => cut(item(id, level).slice(startOf(item(id, level)).length)) as [string, string])]),
    ),
  };
}

/**
 * The fallback link in the widget's language. Dutch: `FALLBACK`, unchanged (the WordPress block
 * saves it in posts, and its markup must stay the same). In any other language the linked page
 * is still Dutch, so the link says so, as the widget's own links to Dutch sites do: it names the
 * questions in the widget's language, carries `hreflang="nl"`, and is followed by the note the
 * widget puts after such a link in its closing line ("(in Dutch)", "(po niderlandzku)"…: the
 * translators' own words).
 */
function fallback(content: FaqContent, locale: Locale): string {
  if (locale === SOURCE_LOCALE) return FALLBACK;
  const link = content.moreInfo.findIndex((run) => typeof run !== 'string');
  const after = content.moreInfo[link + 1];
  const note = (typeof after === 'string' ? after : '').match(/^\s*[(（][^)）]+[)）]/)?.[0] ?? '';
  if (!note) throw new Error(`mensenhandel-faq: no "(in Dutch)" note in ${locale} for the fallback link`);
  return FALLBACK.replace(/^<a href="([^"]*)"([^>]*)>.*<\/a>$/, `<a href="$1" hreflang="nl"$2>${escapeText(content.title)}</a>${escapeText(note)}`);
}

export function languagePieces(content: FaqContent, locale: Locale): LanguagePieces {
  const { t } = content;
  // With a title the start tag names it (`aria-labelledby`); without, it carries the title (`aria-label`).
  const startOf = (theme: Theme, title: number) => cut(withoutScript(shell({ content, locale, theme, title, top: CUT, items: '', help: '' }), false))[0]!;
  const texts = LEVELS.map((level) => topElements(text(content, locale, { ids: QUESTION_IDS, level, title: true })));
  return {
    start: Object.fromEntries(THEMES.map((theme) => [theme, [startOf(theme, 1), startOf(theme, 0)]])) as Record<Theme, [string, string]>,
    expandAll: [withoutScript(expandAll(content, false), false), withoutScript(expandAll(content, true), false)],
    exit: withoutScript(exitButton(LIT, t), false),
    menu: withoutScript(languageMenu(LIT, t, { options: LOCALES, current: locale, direction: directionOf }), false),
    copyLink: withoutScript(copyLink(LIT, t), false),
    help: LEVELS.map((level) => withoutScript(helpSection(LIT, t, level + 1), false)),
    text: {
      title: texts.map((elements) => elements[0]!),
      question: Object.fromEntries(QUESTION_IDS.map((id) => [id, texts.map((elements) => elements[2 * id - 1]!)])),
      answer: Object.fromEntries(QUESTION_IDS.map((id) => [id, texts[0]![2 * id]!])),
      moreInfo: texts[0]![texts[0]!.length - 1]!,
    },
    fallback: fallback(content, locale),
  };
}
