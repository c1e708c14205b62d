/**
 * The host's own help block (`<div slot="help">`: its phone line, chat, opening hours), loaded
 * only by widgets that have one (a lazy chunk that imports nothing at run time). A host may give
 * one block per language (`lang="pl"`): the widget shows the block in its own language, else the
 * block without `lang`, else none — also after a visitor switches language. The blocks stay the
 * host's light DOM, styled by the host; the widget only puts them in a labelled section after the
 * answers. The widget never invents contact details.
 */
import type { Locale } from '../locale.js';
import type { Msg } from '../messages.js';
import type { Attach, Feature, FeatureHost, LitTags } from './feature.js';

/** Marks CSS for the build's template minifier; no Lit needed. */
const css = String.raw;

class Help implements Feature {
  readonly styles = styles;
  /** Which blocks this element shows: a stylesheet of its own, rewritten when that changes. */
  readonly #choice = new CSSStyleSheet();
  #chosen = '';

  constructor(
    private readonly host: FeatureHost,
    private readonly lit: LitTags,
  ) {
    const root = host.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#choice];
  }

  /** Rechecks the blocks when the host adds, removes or relabels one. */
  readonly #observer = new MutationObserver(() => this.host.requestUpdate());

  hostConnected(): void {
    this.#observer.observe(this.host, { childList: true, subtree: true, attributeFilter: ['slot', 'lang'] });
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  /**
   * The section with the block for `locale`, under a heading of `level` (capped at 6) that labels
   * it, in the language of `t`; nothing if the host gives no block for it.
   */
  render(locale: Locale, t: Msg, level: number) {
    const blocks = [...this.host.querySelectorAll(':scope > [slot="help"]')];
    const own = blocks.some((block) => block.matches(`[lang]:lang(${locale})`));
    if (!own && !blocks.some((block) => !block.hasAttribute('lang'))) return this.lit.nothing;
    // Blocks in other languages never show; the one without `lang` only when there is none in this language.
    const chosen = `::slotted([lang]:not(:lang(${locale}))){display:none!important}${own ? '::slotted(:not([lang])){display:none!important}' : ''}`;
    if (chosen !== this.#chosen) this.#choice.replaceSync((this.#chosen = chosen));
    return helpSection(this.lit, t, level);
  }
}

/**
 * The section around the host's help blocks, under a heading of `level` (capped at 6) that
 * labels it, in the language of `t` (the embed prerenders it).
 */
export function helpSection({ html }: LitTags, t: Msg, level: number) {
  const title = html`<span id="help-title">
    ${t('Hulp en contact', {
      id: 'ui.help',
      desc: "Heading above the partner organisation's own help block (phone, chat, opening hours), after the answers.",
    })}
  </span>`;
  // One template per tag: a level below the title's, so h2 to h6.
  const headings = [
    () => html`<h2 part="help-title">${title}</h2>`,
    () => html`<h3 part="help-title">${title}</h3>`,
    () => html`<h4 part="help-title">${title}</h4>`,
    () => html`<h5 part="help-title">${title}</h5>`,
    () => html`<h6 part="help-title">${title}</h6>`,
  ];
  return html`<section class="help" part="help" aria-labelledby="help-title">
    ${headings[Math.min(level, 6) - 2]!()}
    <slot name="help"></slot>
  </section>`;
}

export const attach: Attach<Help> = (host, lit) => new Help(host, lit);

/** This feature's styles (the element adopts them as a stylesheet; the embed prerenders them). */
export const styles = css`
  .help {
    margin-block-start: 1.5em;
    padding: var(--mensenhandel-faq-help-padding, 1em);
    border-inline-start: 4px solid var(--mensenhandel-faq-help-border-color, currentColor);
    background-color: var(--mensenhandel-faq-help-background-color, transparent);
  }
  [part~='help-title'] {
    margin-block: 0 0.5em;
    font-size: 1.125em;
  }
`;
