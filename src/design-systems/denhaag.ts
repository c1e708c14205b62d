/**
 * Adapter for Den Haag (@gemeente-denhaag/design-tokens-components 4), loaded only where the page
 * has its `--denhaag-accordion-*` tokens. Den Haag's theme also sets Utrecht tokens, so the
 * Utrecht adapter loads too and styles the text, headings and links; this one's selectors start
 * with `:host` so that they win over the Utrecht adapter's in either order, and give the questions
 * Den Haag's own accordion look: boxed sections, a filled header, its padding and type size.
 */
import type { Attach, Feature } from '../features/feature.js';

const css = String.raw;

const shape = css`
  --_ds-btn-pbs: var(--denhaag-accordion-section-header-padding-block-start);
  --_ds-btn-pbe: var(--denhaag-accordion-section-header-padding-block-end);
  --_ds-btn-pis: var(--denhaag-accordion-section-header-padding-inline-start);
  --_ds-btn-pie: var(--denhaag-accordion-section-header-padding-inline-end);
  --_ds-btn-radius: 0;
  --_ds-gap: 0;
  --_ds-rule-width: 1px;
  --_ds-panel-pbs: var(--denhaag-accordion-section-content-padding-block-start);
  --_ds-panel-pbe: var(--denhaag-accordion-section-content-padding-block-end);
  --_ds-panel-pis: var(--denhaag-accordion-section-content-padding-inline-start);
  --_ds-panel-pie: var(--denhaag-accordion-section-content-padding-inline-end);
`;

/** The header keeps its colours on hover and focus; the ring shows focus. */
const colours = css`
  --_ds-btn: var(--denhaag-accordion-section-title-color);
  --_ds-btn-bg: var(--denhaag-accordion-section-header-background-color);
  --_ds-btn-hover: var(--denhaag-accordion-section-title-color);
  --_ds-btn-hover-bg: var(--denhaag-accordion-section-header-background-color);
  --_ds-focus-fg: var(--denhaag-accordion-section-title-color);
  --_ds-focus-bg: var(--denhaag-accordion-section-header-background-color);
  /* The colour inside the section border token (\`1px solid var(--denhaag-color-grey-3)\`). */
  --_ds-rule-color: var(--denhaag-color-grey-3);
`;

/* Boxed sections (the sides of the section border too), and the header's type. */
const direct = css`
  :host .item {
    border-inline: var(--denhaag-accordion-section-border);
  }
  :host .faq,
  :host .question {
    font-size: var(--mensenhandel-faq-button-font-size, var(--denhaag-accordion-section-header-font-size, inherit));
    font-family: var(--denhaag-accordion-font-family, inherit);
    line-height: var(--denhaag-accordion-section-header-line-height, 1.3);
  }
`;

/** This adapter's styles (the element adopts them as a stylesheet; the embed prerenders them). */
export const styles = `:host .faq{${shape};${colours}}${direct}`;

export const attach: Attach<Feature> = () => ({ styles });
