/**
 * Parsing of attribute values, with the fallbacks of the element contract. Parsers never throw:
 * they return what to use plus, for bad input, the problem to report.
 */
import { QUESTION_IDS, type QuestionId } from './content.js';
import { LOCALES, matchLocale, SOURCE_LOCALE, type Locale } from './locale.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The defaults of the element contract that are values: the one source for the parsers, the
 * element, its documentation (custom-elements-manifest.config.mjs) and the demo.
 */
export const DEFAULTS = { theme: 'light', headingLevel: 2 } as const satisfies { theme: Theme; headingLevel: HeadingLevel };

/**
 * What was wrong with an attribute: its name, the value as written, what happens instead (a key
 * of the messages in features/warnings.ts, which say it in words), and a detail for that message.
 * The words load only when there is something to say: no page with good attributes pays for them.
 */
export type Problem = readonly [attribute: string, value: string, outcome: Outcome, detail?: string];
export type Outcome = 'ignored' | 'none' | 'theme' | 'level' | 'exit' | 'lang' | 'load' | 'chunk';

/** A parsed value and, when the input was bad, what was wrong. */
export interface Parsed<T> {
  value: T;
  problem?: Problem;
}

/**
 * Attribute text as a string: properties may be set to anything from script, even objects whose
 * `toString` throws (which then count as their type name).
 */
export function text(value: unknown): string | undefined {
  if (value == null) return undefined;
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

export function parseTheme(input: unknown): Parsed<Theme> {
  const value = text(input);
  const theme = THEMES.find((name) => name === value?.trim().toLowerCase());
  if (theme || value == null) return { value: theme ?? DEFAULTS.theme };
  return { value: DEFAULTS.theme, problem: ['theme', value, 'theme', DEFAULTS.theme] };
}

/** The question id a token names, if any. */
const questionId = (token: string) => QUESTION_IDS.find((id) => String(id) === token);

/**
 * Splits a list attribute (items separated by commas and/or spaces) into the known items, in
 * order and without duplicates, and the tokens that name nothing.
 */
function splitList<T>(value: string, match: (token: string) => T | undefined): { items: T[]; unknown: string[] } {
  const items: T[] = [];
  const unknown: string[] = [];
  for (const token of value.split(/[\s,]+/).filter(Boolean)) {
    const item = match(token);
    if (item === undefined) unknown.push(token);
    else if (!items.includes(item)) items.push(item);
  }
  return { items, unknown };
}

/** A list attribute that may also say `all`. Blank or absent: none; unknown items: a warning. */
function parseAllOrList<T>(attribute: string, input: unknown, all: readonly T[], match: (token: string) => T | undefined): Parsed<readonly T[]> {
  const value = text(input);
  if (!value?.trim()) return { value: [] };
  if (value.trim().toLowerCase() === 'all') return { value: all };
  const { items, unknown } = splitList(value, match);
  return { value: items, problem: unknown.length ? [attribute, value, 'ignored', unknown.join(' ')] : undefined };
}

/** `questions`: which questions to show, in order. Blank or absent: all six. */
export function parseQuestions(input: unknown): Parsed<readonly QuestionId[]> {
  const value = text(input);
  if (!value?.trim()) return { value: QUESTION_IDS };
  const { items, unknown } = splitList(value, questionId);
  if (!items.length) return { value: QUESTION_IDS, problem: ['questions', value, 'none'] };
  return { value: items, problem: unknown.length ? ['questions', value, 'ignored', unknown.join(' ')] : undefined };
}

/** `open`: which questions start expanded. Blank or absent: none; `all`: every question. */
export const parseOpen = (input: unknown) => parseAllOrList('open', input, QUESTION_IDS, questionId);

/**
 * `heading-level`: the title's heading level, 1–6. Absent: the default. `written` is the attribute text,
 * quoted in the warning (the property holds `NaN` for text that is not a number).
 */
export function parseHeadingLevel(value: unknown, written?: string | null): Parsed<HeadingLevel> {
  if (value == null) return { value: DEFAULTS.headingLevel };
  const level = Number(text(value));
  if (Number.isInteger(level) && level >= 1 && level <= 6) return { value: level as HeadingLevel };
  return { value: DEFAULTS.headingLevel, problem: ['heading-level', written ?? text(value) ?? '', 'level', String(DEFAULTS.headingLevel)] };
}

/**
 * `languages`: the languages of the visitor menu, in order; `all` for every shipped language.
 * Region subtags fall back to the base language. Blank or absent: no menu.
 */
export const parseLanguages = (input: unknown) => parseAllOrList('languages', input, LOCALES, matchLocale);

/** `exit-url`: where quick exit goes; an absolute http or https address. Blank or absent: none. */
export function parseExitUrl(input: unknown): Parsed<string | undefined> {
  const value = text(input)?.trim();
  if (!value) return { value: undefined };
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // not an absolute address
  }
  if (url?.protocol === 'https:' || url?.protocol === 'http:') return { value: url.href };
  return { value: undefined, problem: ['exit-url', value, 'exit'] };
}

/**
 * `lang`: the element's own, else `inherited` (the nearest ancestor's), else Dutch. Region
 * subtags fall back to the base language (`en-GB` → `en`); a language we don't ship: Dutch.
 */
export function parseLang(own: string | null, inherited: string | undefined): Parsed<Locale> {
  const tag = own?.trim() || inherited;
  const locale = tag === undefined ? SOURCE_LOCALE : matchLocale(tag);
  if (locale) return { value: locale };
  return { value: SOURCE_LOCALE, problem: [own?.trim() ? 'lang' : 'inherited lang', tag!, 'lang'] };
}
