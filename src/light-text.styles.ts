/**
 * The styles of the widget's text in the light DOM (light-text.ts): the only rules the widget
 * puts in the page's own scope, and all of them within the element (`mensenhandel-faq > [slot]`,
 * never the host's `help` blocks).
 *
 * The page's CSS now reaches this text, so these rules take it back: every property of every
 * text element reverts to the browser's default (`all: revert`: blocks stay blocks, links stay
 * underlined), so the text inherits what the shadow root sets around its slot (font, colour,
 * size, direction…), and the few that need our values (margins, link colour, the focus ring)
 * get them. All `!important` in a cascade layer: a page's
 * important rules lose to a layer's, its normal rules to any important one. Only `!important`
 * rules in the page's own cascade layers (declared before this one) can still change the text.
 * Host pages style the widget with the `--mensenhandel-faq-*` properties, as before: the values
 * here read them. In forced-colours mode the browser gives the links and focus ring system colours.
 *
 * Also built into dist/mensenhandel-faq-text.css (scripts/stylesheet.mjs) for the prerendered embed.
 */

/** Marks CSS for the build's template minifier. */
const css = String.raw;

export const TEXT_STYLES = css`
  @layer mensenhandel-faq {
    :where(mensenhandel-faq > [slot]:not([slot='help']), mensenhandel-faq > [slot]:not([slot='help']) *) {
      all: revert !important;
    }
    mensenhandel-faq > [slot]:not([slot='help']) {
      margin: 0 !important;
      font: inherit !important;
    }
    mensenhandel-faq > [slot]:not([slot='help']) p {
      margin-block: 0 0.75em !important;
    }
    mensenhandel-faq > [slot]:not([slot='help']) p:last-child {
      margin-block-end: 0 !important;
    }
    mensenhandel-faq > [slot]:not([slot='help']) a {
      color: var(--mensenhandel-faq-link-color, var(--_link)) !important;
      text-underline-offset: 0.15em !important;
    }
    mensenhandel-faq > [slot]:not([slot='help']) a:focus-visible {
      outline: var(--mensenhandel-faq-focus-outline-width, var(--_ds-focus-width, 3px))
        var(--mensenhandel-faq-focus-outline-style, var(--_ds-focus-style, solid))
        var(--mensenhandel-faq-focus-outline-color, var(--_focus-ring)) !important;
      outline-offset: var(--mensenhandel-faq-focus-outline-offset, var(--_ds-focus-offset, 0)) !important;
    }
  }
`;
