/**
 * Adapter for the Amsterdam Design System (@amsterdam/design-system-tokens 4), loaded only where
 * the page has its `--ams-*` tokens (a `.ams-theme` class). It follows the Amsterdam accordion
 * (@amsterdam/design-system-css 4): questions in the heading's typography, no rules between
 * them, no panel padding, a colour change on hover and the browser's own focus ring.
 */
import type { Attach, Feature } from '../features/feature.js';

const css = String.raw;

const shape = css`
  --_ds-size: var(--ams-typography-body-text-font-size);
  --_ds-line: var(--ams-typography-body-text-line-height);
  --_ds-btn-pbs: var(--ams-accordion-button-padding-block);
  --_ds-btn-pbe: var(--ams-accordion-button-padding-block);
  --_ds-btn-pis: var(--ams-accordion-button-padding-inline);
  --_ds-btn-pie: var(--ams-accordion-button-padding-inline);
  --_ds-gap: var(--ams-accordion-gap);
  --_ds-rule-width: 0;
  --_ds-panel-pbs: 0;
  --_ds-panel-pbe: 0;
  --_ds-panel-pis: 0;
  --_ds-panel-pie: 0;
  /* The browser's own focus ring, at the accordion's distance. */
  --_ds-focus-style: auto;
  --_ds-focus-width: 1px;
  --_ds-focus-offset: var(--ams-accordion-button-outline-offset);
`;

const colours = css`
  --_ds-fg: var(--ams-color-text);
  --_ds-btn: var(--ams-accordion-button-color);
  --_ds-btn-bg: transparent;
  --_ds-btn-hover: var(--ams-accordion-button-hover-color);
  --_ds-btn-hover-bg: transparent;
  --_ds-focus-bg: transparent;
  --_ds-focus-fg: var(--ams-accordion-button-color);
  --_ds-link: var(--ams-link-color);
  --_ds-focus-ring: -webkit-focus-ring-color;
`;

/**
 * Title and questions take the size of their heading level (`--ams-heading-3-*` for an `<h3>`);
 * Amsterdam's headings go to level 5, an `<h6>` keeps our size.
 */
const levels = [1, 2, 3, 4, 5]
  .map(
    (n) =>
      `h${n}[part=heading]{font-size:var(--ams-heading-${n}-font-size);line-height:var(--ams-heading-${n}-line-height)}[part=title]:is(h${n}){font-size:var(--mensenhandel-faq-title-font-size,var(--ams-heading-${n}-font-size,revert));line-height:var(--ams-heading-${n}-line-height)}`,
  )
  .join('');

/** Styles that have no public property: the adapter sets them directly. */
const direct = css`
  .faq {
    font-family: var(--ams-typography-font-family, inherit);
  }
  [part='title'] {
    font-family: var(--ams-heading-font-family);
    font-weight: var(--ams-heading-font-weight);
  }
  .question {
    font-family: var(--ams-heading-font-family);
    font-weight: var(--mensenhandel-faq-button-font-weight, var(--ams-heading-font-weight));
    line-height: inherit;
  }
  .question {
    font-size: var(--mensenhandel-faq-button-font-size, inherit);
  }
  /* The answers' and the closing line's paragraphs (light DOM, light-text.ts) inherit these from their slots. */
  .answer-body > slot,
  .more-info > slot {
    font-family: var(--ams-paragraph-font-family);
    font-size: var(--ams-paragraph-font-size);
    line-height: var(--ams-paragraph-line-height);
  }
  /* As the Amsterdam accordion: the hover colour only where there is a mouse to hover with. */
  @media not (hover: hover) {
    .faq {
      --_ds-btn-hover: var(--ams-accordion-button-color);
    }
  }
`;

/** Colours without a public property, for the light theme only: the title's and the answers' text. */
const light = (theme: string) =>
  `${theme} [part=title]{color:var(--mensenhandel-faq-title-color,var(--ams-heading-color,inherit))}${theme} :is(.answer-body,.more-info)>slot{color:var(--ams-paragraph-color,inherit)}`;

/** This adapter's styles (the element adopts them as a stylesheet; the embed prerenders them). */
export const styles = `.faq{${shape};${colours}}${levels}${direct}${light('.light')}@media not (prefers-color-scheme:dark){${light('.auto')}}`;

export const attach: Attach<Feature> = () => ({ styles });
