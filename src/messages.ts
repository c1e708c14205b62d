/**
 * The message runtime: how the content's strings are looked up in one element's language.
 *
 * Why not @lit/localize's `configureLocalization` + `msg()`: that runtime keeps ONE locale per
 * page (`setLocale` is global, and `configureLocalization` may run only once per page, so it
 * would also clash with a host page that uses @lit/localize itself). Two widgets in two
 * languages on one page must both be right, so each element gets its own translator over the
 * templates that `lit-localize build` generated for its language (`src/generated/locales/<lang>.ts`:
 * message id → translation; see locale-loader.ts). The content calls `t()` and `rich()`, which
 * carry the library's `msg` marker type, so `lit-localize extract` still finds every message and
 * writes it to `locales/<lang>.xlf` for translators.
 */
import type { StrResult, TemplateMap, str as strTag } from '@lit/localize';

/** A link inside an answer. `href` is fixed; `text` is translated. */
export interface Link {
  readonly href: string;
  readonly text: string;
}

/** One run of an answer paragraph: plain text or a link. */
export type Inline = string | Link;

/** One paragraph: text and links, in reading order. */
export type Paragraph = readonly Inline[];

interface MessageOptions {
  id: string;
  desc?: string;
}
/** The library's marker property: `lit-localize extract` reads calls to functions carrying it. */
interface MsgMarker {
  _LIT_LOCALIZE_MSG_?: never;
}
/** Looks up a plain-text message. */
export type Msg = ((source: string, options: MessageOptions) => string) & MsgMarker;
/** Looks up a message whose `str` placeholders are links, giving a paragraph of text and links. */
export type RichMsg = ((source: StrResult, options: MessageOptions) => Paragraph) & MsgMarker;

export interface Translator {
  t: Msg;
  rich: RichMsg;
}

/**
 * The `str` tag for source messages. It builds the same object as @lit/localize's own `str`
 * (and has its type, so extraction recognises it), but is defined here so the entry file does
 * not share a module with the generated locale chunks: a chunk that imported from the entry
 * would download the entry again when a page loads it under another URL (`?ver=2`).
 */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({
  strTag: true,
  strings,
  values,
})) as typeof strTag;

/** A translator for the given locale's templates (`undefined`: the Dutch source). */
export function translator(templates?: TemplateMap): Translator {
  const t = ((source, { id }) => {
    const localized = templates?.[id];
    return typeof localized === 'string' ? localized : source;
  }) as Msg;
  const rich = ((source, { id }) => {
    const localized = templates?.[id];
    // A translated str template holds, in place of each expression, the index of the source
    // expression it stands for: translators may move links within the sentence.
    const { strings, values } =
      typeof localized === 'object' && 'strTag' in localized
        ? localized
        : { strings: source.strings, values: source.values.map((_, i) => i) };
    const paragraph: Inline[] = [];
    strings.forEach((text, i) => {
      if (text) paragraph.push(text);
      if (i < values.length) paragraph.push(source.values[values[i] as number] as Link);
    });
    return paragraph;
  }) as RichMsg;
  return { t, rich };
}
