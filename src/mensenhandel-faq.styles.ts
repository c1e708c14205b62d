import { css } from 'lit';

/**
 * Theme defaults, as private `--_*` properties. Every public `--mensenhandel-faq-*` property
 * wins over them in every theme; in the light theme the NL Design System (Utrecht) accordion,
 * link and focus tokens come next, so a portal's theme carries over with no extra CSS.
 */
const light = css`
  --_color: #1a1a1a;
  --_background-color: transparent;
  --_button-color: var(--utrecht-accordion-button-color, #154273);
  --_button-background-color: var(--utrecht-accordion-button-background-color, transparent);
  --_button-hover-color: var(--utrecht-accordion-button-hover-color, #0b2545);
  --_button-hover-background-color: var(--utrecht-accordion-button-hover-background-color, #e8eef6);
  --_button-border-color: var(--utrecht-accordion-button-border-color, transparent);
  --_section-border-color: var(--utrecht-accordion-section-border-color, #8c96a3);
  --_panel-border-color: var(--utrecht-accordion-panel-border-color, transparent);
  --_link-color: var(--utrecht-link-color, #01689b);
  --_focus-outline-color: var(--utrecht-focus-outline-color, #1a1a1a);
  --_focus-background-color: var(--utrecht-accordion-button-focus-background-color, #ffe17a);
  --_focus-color: var(--utrecht-accordion-button-focus-color, #1a1a1a);
  --_padding: 0;
`;

const dark = css`
  --_color: #eceff3;
  --_background-color: #17191d;
  --_button-color: #b7d7ff;
  --_button-background-color: transparent;
  --_button-hover-color: #ffffff;
  --_button-hover-background-color: #263041;
  --_button-border-color: transparent;
  --_section-border-color: #7d8794;
  --_panel-border-color: transparent;
  --_link-color: #9fcbff;
  --_focus-outline-color: #ffd43b;
  --_focus-background-color: #ffd43b;
  --_focus-color: #111111;
  --_padding: 1rem;
`;

export const styles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }

  .faq {
    ${light}
    box-sizing: border-box;
    color: var(--mensenhandel-faq-color, var(--_color));
    background-color: var(--mensenhandel-faq-background-color, var(--_background-color));
    /* At least 16px: many CMS themes shrink the root (62.5 %), and this text must stay readable. */
    font-size: var(--mensenhandel-faq-font-size, max(1rem, 16px));
    line-height: var(--mensenhandel-faq-line-height, 1.5);
    padding: var(--mensenhandel-faq-padding, var(--_padding));
    border-radius: var(--mensenhandel-faq-border-radius, 0);
    overflow-wrap: break-word;
  }
  .dark {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    .auto {
      ${dark}
      color-scheme: dark;
    }
  }

  .language {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  .language label {
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  .globe {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
  }
  select {
    min-block-size: 44px;
    padding-inline: 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--mensenhandel-faq-button-border-radius, var(--utrecht-accordion-button-border-radius, 0));
    background-color: var(--mensenhandel-faq-background-color, var(--_background-color));
    color: inherit;
    font: inherit;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .title {
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
    color: var(--mensenhandel-faq-link-color, var(--_link-color));
    text-decoration: underline;
  }

  .list {
    display: grid;
    row-gap: var(--mensenhandel-faq-row-gap, var(--utrecht-accordion-row-gap, 0));
  }

  .item {
    --_section-border: var(--mensenhandel-faq-section-border-width, var(--utrecht-accordion-section-border-width, 1px))
      solid var(--mensenhandel-faq-section-border-color, var(--_section-border-color));
    border-block-start: var(--_section-border);
  }
  .item:last-child {
    border-block-end: var(--_section-border);
  }

  .heading {
    margin: 0;
    font-size: inherit;
    font-weight: inherit;
  }

  .question {
    display: flex;
    align-items: center;
    gap: var(--mensenhandel-faq-button-gap, 0.5em);
    inline-size: 100%;
    padding-block: var(--mensenhandel-faq-button-padding-block-start, var(--utrecht-accordion-button-padding-block-start, 0.75em))
      var(--mensenhandel-faq-button-padding-block-end, var(--utrecht-accordion-button-padding-block-end, 0.75em));
    padding-inline: var(--mensenhandel-faq-button-padding-inline-start, var(--utrecht-accordion-button-padding-inline-start, 0.25em))
      var(--mensenhandel-faq-button-padding-inline-end, var(--utrecht-accordion-button-padding-inline-end, 0.25em));
    border: var(--mensenhandel-faq-button-border-width, var(--utrecht-accordion-button-border-width, 0)) solid
      var(--mensenhandel-faq-button-border-color, var(--_button-border-color));
    border-radius: var(--mensenhandel-faq-button-border-radius, var(--utrecht-accordion-button-border-radius, 0));
    background-color: var(--mensenhandel-faq-button-background-color, var(--_button-background-color));
    color: var(--mensenhandel-faq-button-color, var(--_button-color));
    font-size: var(--mensenhandel-faq-button-font-size, var(--utrecht-accordion-button-font-size, 1.125em));
    font-weight: var(--mensenhandel-faq-button-font-weight, var(--utrecht-accordion-button-font-weight, 700));
    line-height: 1.3;
    text-align: start;
  }
  .question:hover {
    background-color: var(--mensenhandel-faq-button-hover-background-color, var(--_button-hover-background-color));
    color: var(--mensenhandel-faq-button-hover-color, var(--_button-hover-color));
  }

  :focus-visible {
    outline: var(--mensenhandel-faq-focus-outline-width, var(--utrecht-focus-outline-width, 3px)) solid
      var(--mensenhandel-faq-focus-outline-color, var(--_focus-outline-color));
    outline-offset: var(--mensenhandel-faq-focus-outline-offset, var(--utrecht-focus-outline-offset, 0));
  }
  button:focus-visible {
    background-color: var(--mensenhandel-faq-focus-background-color, var(--_focus-background-color));
    color: var(--mensenhandel-faq-focus-color, var(--_focus-color));
  }

  .icon {
    flex: none;
    inline-size: var(--mensenhandel-faq-icon-size, var(--utrecht-accordion-button-icon-size, 1em));
    block-size: var(--mensenhandel-faq-icon-size, var(--utrecht-accordion-button-icon-size, 1em));
    transition: transform var(--mensenhandel-faq-transition-duration, 0.2s) ease;
  }
  [aria-expanded='true'] > .icon {
    transform: rotate(180deg);
  }

  .answer-body {
    padding-block: var(--mensenhandel-faq-panel-padding-block-start, var(--utrecht-accordion-panel-padding-block-start, 0))
      var(--mensenhandel-faq-panel-padding-block-end, var(--utrecht-accordion-panel-padding-block-end, 1em));
    padding-inline: var(--mensenhandel-faq-panel-padding-inline-start, var(--utrecht-accordion-panel-padding-inline-start, 1.75em))
      var(--mensenhandel-faq-panel-padding-inline-end, var(--utrecht-accordion-panel-padding-inline-end, 0.25em));
    border: var(--mensenhandel-faq-panel-border-width, var(--utrecht-accordion-panel-border-width, 0)) solid
      var(--mensenhandel-faq-panel-border-color, var(--_panel-border-color));
    border-block-start: 0;
  }

  p {
    margin-block: 0 0.75em;
  }
  p:last-child {
    margin-block-end: 0;
  }
  .more-info {
    margin-block: 1em 0;
  }

  a {
    color: var(--mensenhandel-faq-link-color, var(--_link-color));
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
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
      forced-color-adjust: auto;
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
`;
