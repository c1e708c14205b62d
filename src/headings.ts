/**
 * The one set of heading templates, level 1–6 (higher levels are capped at 6): the shadow root's
 * headings (a `part`) and the text's headings in the light DOM (a `slot`, `role="none"`, `lang`
 * and `dir`; light-text.ts). An attribute given `NONE` is left out. Six small templates cost
 * fewer bytes than lit/static-html's dynamic tag names.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** Lit's `nothing`, which leaves an attribute out, typed to fit any attribute for the template checker (lit-analyzer). */
export const NONE = nothing as never;
type Heading = (content: unknown, part: string, slot: string, role: 'none', lang: string, dir: 'ltr' | 'rtl') => TemplateResult;
const HEADINGS: readonly Heading[] = [
  (content, part, slot, role, lang, dir) => html`<h1 part=${part} slot=${slot} role=${role} lang=${lang} dir=${dir}>${content}</h1>`,
  (content, part, slot, role, lang, dir) => html`<h2 part=${part} slot=${slot} role=${role} lang=${lang} dir=${dir}>${content}</h2>`,
  (content, part, slot, role, lang, dir) => html`<h3 part=${part} slot=${slot} role=${role} lang=${lang} dir=${dir}>${content}</h3>`,
  (content, part, slot, role, lang, dir) => html`<h4 part=${part} slot=${slot} role=${role} lang=${lang} dir=${dir}>${content}</h4>`,
  (content, part, slot, role, lang, dir) => html`<h5 part=${part} slot=${slot} role=${role} lang=${lang} dir=${dir}>${content}</h5>`,
  (content, part, slot, role, lang, dir) => html`<h6 part=${part} slot=${slot} role=${role} lang=${lang} dir=${dir}>${content}</h6>`,
];

/** A heading of `level` holding `content`, with the attributes given. */
export const heading = (level: number, content: unknown, part: string, slot: string, role: 'none', lang: string, dir: 'ltr' | 'rtl') =>
  HEADINGS[Math.min(level, 6) - 1]!(content, part, slot, role, lang, dir);
