import { unsafeCSS } from 'lit';

/**
 * Marks CSS for the build's template minifier. Plain text, made a stylesheet once by `unsafeCSS`
 * (safe: the text is ours, with no outside value in it); Lit's `css` tag would add its checks
 * and their messages to the entry file.
 */
const css = String.raw;

/**
 * Theme colours, as private `--_*` properties (short names: they are repeated in every rule;
 * `fg`/`bg` text and background, `btn` the question buttons, `rule` the lines between questions).
 *
 * Every style reads, in this order: the public `--mensenhandel-faq-*` property; a `--_ds-*`
 * property that a design-system adapter sets (src/design-systems/: a portal's NL Design System
 * tokens, loaded only on pages that have them; colours in the light theme only); then our own
 * default, for colours below, for everything else in the rule. An adapter sets styles that have
 * no public property (fonts, line heights, title and text colours) with rules of its own.
 */
const light = css`
  --_fg: var(--_ds-fg, #1a1a1a);
  --_bg: transparent;
  --_btn: var(--_ds-btn, #154273);
  --_btn-bg: var(--_ds-btn-bg, transparent);
  --_btn-hover: var(--_ds-btn-hover, #0b2545);
  --_btn-hover-bg: var(--_ds-btn-hover-bg, #e8eef6);
  --_btn-border: var(--_ds-btn-border, transparent);
  --_rule-color: var(--_ds-rule-color, #8c96a3);
  --_panel-border: var(--_ds-panel-border, transparent);
  --_link: var(--_ds-link, #01689b);
  --_focus-ring: var(--_ds-focus-ring, #1a1a1a);
  --_focus-bg: var(--_ds-focus-bg, #ffe17a);
  --_focus-fg: var(--_ds-focus-fg, #1a1a1a);
  --_padding: 0;
`;

export const styles = unsafeCSS(css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }

  /* The theme fragments come last in their rules: the build's CSS minifier drops a fragment's
     final semicolon, so a declaration after one would merge into its last value. */
  .faq {
    box-sizing: border-box;
    color: var(--mensenhandel-faq-color, var(--_fg));
    background-color: var(--mensenhandel-faq-background-color, var(--_bg));
    /* At least 16px: many CMS themes shrink the root (62.5 %), and this text must stay readable. */
    font-size: var(--mensenhandel-faq-font-size, var(--_ds-size, max(1rem, 16px)));
    line-height: var(--mensenhandel-faq-line-height, var(--_ds-line, 1.5));
    padding: var(--mensenhandel-faq-padding, var(--_padding));
    border-radius: var(--mensenhandel-faq-border-radius, 0);
    overflow-wrap: break-word;
    ${light}
  }
  /* The dark and auto themes' colours: features/dark-theme.ts, loaded by the widgets that use them. */

  [part='title'] {
    margin-block: 0 0.5em;
    color: var(--mensenhandel-faq-title-color, inherit);
    font-size: var(--mensenhandel-faq-title-font-size, 1.5em);
    line-height: 1.25;
  }

  .expand-all {
    display: flex;
    justify-content: flex-end;
  }

  button {
    box-sizing: border-box;
    min-block-size: 44px;
    margin: 0;
    font: inherit;
    cursor: pointer;
  }

  .expand-all button {
    padding-block: 0.25em;
    padding-inline: 0.5em;
    border: 0;
    background: none;
    color: var(--mensenhandel-faq-link-color, var(--_link));
    text-decoration: underline;
  }

  .list {
    display: grid;
    row-gap: var(--mensenhandel-faq-row-gap, var(--_ds-gap, 0));
  }

  .item {
    --_rule: var(--mensenhandel-faq-section-border-width, var(--_ds-rule-width, 1px)) solid
      var(--mensenhandel-faq-section-border-color, var(--_rule-color));
    border-block-start: var(--_rule);
  }
  .item:last-child {
    border-block-end: var(--_rule);
  }

  [part='heading'] {
    margin: 0;
    font-size: inherit;
    font-weight: inherit;
  }

  .question {
    display: flex;
    align-items: center;
    gap: var(--mensenhandel-faq-button-gap, 0.5em);
    inline-size: 100%;
    padding-block: var(--mensenhandel-faq-button-padding-block-start, var(--_ds-btn-pbs, 0.75em))
      var(--mensenhandel-faq-button-padding-block-end, var(--_ds-btn-pbe, 0.75em));
    padding-inline: var(--mensenhandel-faq-button-padding-inline-start, var(--_ds-btn-pis, 0.25em))
      var(--mensenhandel-faq-button-padding-inline-end, var(--_ds-btn-pie, 0.25em));
    border: var(--mensenhandel-faq-button-border-width, var(--_ds-btn-bw, 0)) solid
      var(--mensenhandel-faq-button-border-color, var(--_btn-border));
    border-radius: var(--mensenhandel-faq-button-border-radius, var(--_ds-btn-radius, 0));
    background-color: var(--mensenhandel-faq-button-background-color, var(--_btn-bg));
    color: var(--mensenhandel-faq-button-color, var(--_btn));
    font-size: var(--mensenhandel-faq-button-font-size, 1.125em);
    font-weight: var(--mensenhandel-faq-button-font-weight, 700);
    line-height: 1.3;
    text-align: start;
    /* As a native button: a theme's inherited font-size-adjust (Utrecht's root sets 0.5) would
       render the question smaller than its computed size says. */
    font-size-adjust: none;
  }
  .question:hover {
    background-color: var(--mensenhandel-faq-button-hover-background-color, var(--_btn-hover-bg));
    color: var(--mensenhandel-faq-button-hover-color, var(--_btn-hover));
  }

  :focus-visible {
    outline: var(--mensenhandel-faq-focus-outline-width, var(--_ds-focus-width, 3px))
      var(--mensenhandel-faq-focus-outline-style, var(--_ds-focus-style, solid))
      var(--mensenhandel-faq-focus-outline-color, var(--_focus-ring));
    outline-offset: var(--mensenhandel-faq-focus-outline-offset, var(--_ds-focus-offset, 0));
  }
  button:focus-visible {
    background-color: var(--mensenhandel-faq-focus-background-color, var(--_focus-bg));
    color: var(--mensenhandel-faq-focus-color, var(--_focus-fg));
  }

  /* The chevron is drawn by CSS, not an inline SVG: six SVGs cost a slow phone a visible
     moment when the prerendered questions are parsed (npm run bench). It turns at once, as a
     native <details> marker does: a turning animation keeps a slow phone's main thread busy
     for its whole length, which made the answer appear later after a click (npm run bench). */
  .icon {
    display: flex;
    flex: none;
    align-items: center;
    justify-content: center;
    inline-size: var(--mensenhandel-faq-icon-size, 1em);
    block-size: var(--mensenhandel-faq-icon-size, 1em);
    transition: transform var(--mensenhandel-faq-transition-duration, 0s) ease;
  }
  .icon::before {
    content: '';
    inline-size: 40%;
    block-size: 40%;
    border: solid;
    border-width: 0 0.125em 0.125em 0;
    transform: translateY(-25%) rotate(45deg);
  }
  [aria-expanded='true'] > .icon {
    transform: rotate(180deg);
  }

  .answer-body {
    padding-block: var(--mensenhandel-faq-panel-padding-block-start, var(--_ds-panel-pbs, 0))
      var(--mensenhandel-faq-panel-padding-block-end, var(--_ds-panel-pbe, 1em));
    padding-inline: var(--mensenhandel-faq-panel-padding-inline-start, var(--_ds-panel-pis, 1.75em))
      var(--mensenhandel-faq-panel-padding-inline-end, var(--_ds-panel-pie, 0.25em));
    border: var(--mensenhandel-faq-panel-border-width, var(--_ds-panel-bw, 0)) solid
      var(--mensenhandel-faq-panel-border-color, var(--_panel-border));
    border-block-start: 0;
  }

  /* The text's own styles (paragraphs, links) are in light-text.styles.ts: it is in the light DOM. */
  .more-info {
    margin-block: 1em 0;
  }

  @media (prefers-reduced-motion: reduce) {
    .icon {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .question,
    .expand-all button {
      border: 1px solid ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    .faq {
      color: #000;
      background: none;
    }
    .answer[hidden] {
      display: block;
      content-visibility: visible;
    }
    .expand-all,
    .icon {
      display: none;
    }
  }
`);
