/**
 * Adapter for NL Design System themes built on the Utrecht components (Utrecht, Rijkshuisstijl,
 * Nijmegen, Voorbeeld, Rotterdam, …), loaded only where the page has `--utrecht-*` tokens.
 *
 * It reads the tokens in the order the released Utrecht accordion (@utrecht/accordion-css 3, in
 * @utrecht/component-library-css 9) applies them: its question is a subtle Utrecht button in a
 * heading, so an accordion token comes first where the accordion sets one, then the button token;
 * text, headings and links follow the document, paragraph, heading and link tokens. A token the
 * theme leaves unset falls through to our own default (src/mensenhandel-faq.styles.ts).
 */
import type { Attach, Feature } from '../features/feature.js';

const css = String.raw;

/** Sizes, fonts and spacing: in every colour theme. */
const shape = css`
  --_ds-size: var(--utrecht-document-font-size);
  --_ds-line: var(--utrecht-document-line-height);
  /* The accordion sets the button's block padding to its own token, even an unset one. */
  --_ds-btn-pbs: var(--utrecht-accordion-button-padding-block-start, 0);
  --_ds-btn-pbe: var(--utrecht-accordion-button-padding-block-end, 0);
  --_ds-btn-pis: var(--utrecht-button-padding-inline-start);
  --_ds-btn-pie: var(--utrecht-button-padding-inline-end);
  --_ds-btn-bw: var(--utrecht-accordion-button-border-width, var(--utrecht-button-border-width));
  --_ds-btn-radius: var(--utrecht-button-border-radius);
  --_ds-gap: var(--utrecht-accordion-row-gap);
  /* Where the theme sets no accordion token, the accordion's own default: no rule, no padding. */
  --_ds-rule-width: var(--utrecht-accordion-section-border-width, 0);
  --_ds-panel-pbs: var(--utrecht-accordion-panel-padding-block-start, 0);
  --_ds-panel-pbe: var(--utrecht-accordion-panel-padding-block-end, 0);
  --_ds-panel-pis: var(--utrecht-accordion-panel-padding-inline-start, 0);
  --_ds-panel-pie: var(--utrecht-accordion-panel-padding-inline-end, 0);
  --_ds-panel-bw: var(--utrecht-accordion-panel-border-width);
  --_ds-focus-width: var(--utrecht-focus-outline-width, var(--basis-focus-outline-width));
  --_ds-focus-style: var(--utrecht-focus-outline-style, var(--basis-focus-outline-style));
  --_ds-focus-offset: var(--utrecht-focus-outline-offset, var(--basis-focus-outline-offset));
`;

/** Colours: the element uses them in its light theme only (src/mensenhandel-faq.styles.ts). */
const colours = css`
  --_ds-fg: var(--utrecht-document-color);
  --_ds-btn: var(--utrecht-accordion-button-color, var(--utrecht-button-color, var(--utrecht-document-color)));
  --_ds-btn-bg: var(--utrecht-accordion-button-background-color, var(--utrecht-button-background-color));
  --_ds-btn-hover: var(
    --utrecht-accordion-button-hover-color,
    var(--utrecht-accordion-button-color, var(--utrecht-button-hover-color, var(--utrecht-button-color)))
  );
  --_ds-btn-hover-bg: var(
    --utrecht-accordion-button-hover-background-color,
    var(--utrecht-accordion-button-background-color, var(--utrecht-button-hover-background-color, var(--utrecht-button-background-color)))
  );
  --_ds-btn-border: var(--utrecht-accordion-button-border-color, var(--utrecht-button-border-color));
  --_ds-rule-color: var(--utrecht-accordion-section-border-color, currentcolor);
  --_ds-panel-border: var(--utrecht-accordion-panel-border-color);
  --_ds-link: var(--utrecht-link-color, var(--nl-link-color));
  --_ds-focus-ring: var(--utrecht-focus-outline-color, var(--basis-focus-outline-color));
  /* The accordion's :focus colours first, then its :focus-visible ones, then the button's. */
  --_ds-focus-bg: var(
    --utrecht-accordion-button-focus-background-color,
    var(--utrecht-accordion-button-focus-visible-background-color, var(--utrecht-button-focus-background-color, var(--utrecht-button-background-color)))
  );
  --_ds-focus-fg: var(
    --utrecht-accordion-button-focus-color,
    var(--utrecht-accordion-button-focus-visible-color, var(--utrecht-button-focus-color, var(--utrecht-button-color)))
  );
`;

/** Styles that have no public property: the adapter sets them directly. */
const direct = css`
  .faq {
    font-family: var(--utrecht-document-font-family, inherit);
  }
  /* A question whose button tokens give no size takes its heading's, as in the accordion. */
  [part='heading'] {
    font-size: revert;
  }
  .question {
    font-size: var(--mensenhandel-faq-button-font-size, var(--utrecht-button-subtle-font-size, var(--utrecht-button-font-size, inherit)));
    font-weight: var(--mensenhandel-faq-button-font-weight, var(--utrecht-button-subtle-font-weight, var(--utrecht-button-font-weight, bold)));
    min-block-size: var(--utrecht-button-min-block-size, 44px);
    font-family: var(--utrecht-button-font-family, var(--utrecht-document-font-family, inherit));
    line-height: var(--utrecht-button-subtle-line-height, var(--utrecht-button-line-height, inherit));
  }
  .icon {
    inline-size: var(--mensenhandel-faq-icon-size, var(--utrecht-button-icon-size, 1em));
    block-size: var(--mensenhandel-faq-icon-size, var(--utrecht-button-icon-size, 1em));
  }
  /* The answers' and the closing line's paragraphs (light DOM, light-text.ts) inherit these from their slots. */
  .answer-body > slot,
  .more-info > slot {
    font-family: var(--utrecht-paragraph-font-family, inherit);
    font-size: var(--utrecht-paragraph-font-size, inherit);
    line-height: var(--utrecht-paragraph-line-height, inherit);
  }
`;

/** The title follows the heading tokens of its own level (`--utrecht-heading-2-*` for an `<h2>`). */
const levels = [1, 2, 3, 4, 5, 6]
  .map((n) => {
    const token = (name: string) => `var(--utrecht-heading-${n}-${name},var(--utrecht-heading-${name}`;
    return `h${n}{--_ds-title:${token('color')},var(--utrecht-document-color,inherit)))}[part=title]:is(h${n}){font-size:var(--mensenhandel-faq-title-font-size,var(--utrecht-heading-${n}-font-size,revert));font-family:${token('font-family')},var(--utrecht-document-font-family,inherit)));font-weight:${token('font-weight')},bold));line-height:var(--utrecht-heading-${n}-line-height,inherit)}`;
  })
  .join('');

/**
 * Colours without a public property, for the light theme only: the title's and the answers'
 * text, and the theme's second, inverse focus ring around the outline.
 */
const light = (theme: string) =>
  `${theme} [part=title]{color:var(--mensenhandel-faq-title-color,var(--_ds-title))}${theme} :is(.answer-body,.more-info)>slot{color:var(--utrecht-paragraph-color,inherit)}${theme} :focus-visible{box-shadow:0 0 0 var(--utrecht-focus-outline-width,var(--basis-focus-outline-width,0)) var(--utrecht-focus-inverse-outline-color,var(--basis-focus-inverse-outline-color,transparent))}`;

/** This adapter's styles (the element adopts them as a stylesheet; the embed prerenders them). */
export const styles = `.faq{${shape};${colours}}${direct}${levels}${light('.light')}@media not (prefers-color-scheme:dark){${light('.auto')}}`;

export const attach: Attach<Feature> = () => ({ styles });
