/**
 * The colours of the `dark` theme, and of `auto` when the reader's system is dark, loaded only by
 * widgets with `theme="dark"` or `theme="auto"` (a lazy chunk that imports nothing at run time;
 * a widget's first render waits for it, so no light colours flash by). The same private `--_*`
 * properties as the light theme's (mensenhandel-faq.styles.ts); design-system adapters colour
 * the light theme only.
 */
import type { Attach, Feature } from './feature.js';

/** Marks CSS for the build's template minifier; no Lit needed. */
const css = String.raw;

const dark = css`
  color-scheme: dark;
  --_fg: #eceff3;
  --_bg: #17191d;
  --_btn: #b7d7ff;
  --_btn-bg: transparent;
  --_btn-hover: #ffffff;
  --_btn-hover-bg: #263041;
  --_btn-border: transparent;
  --_rule-color: #7d8794;
  --_panel-border: transparent;
  --_link: #9fcbff;
  --_focus-ring: #ffd43b;
  --_focus-bg: #ffd43b;
  --_focus-fg: #111111;
  --_padding: 1rem;
`;

/** This feature's styles (the element adopts them as a stylesheet; the embed prerenders them). */
export const styles = `.dark{${dark}}@media (prefers-color-scheme:dark){.auto{${dark}}}`;

export const attach: Attach<Feature> = () => ({ styles });
