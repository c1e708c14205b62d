/**
 * Shareable links to one question, loaded only by widgets with an `id` (a lazy chunk that
 * imports nothing at run time): `#<element id>-<question id>` (e.g. `#faq-3`) opens that
 * question on load and on every `hashchange`; each open answer can copy its link.
 */
import type { Msg } from '../messages.js';
import type { Attach, Feature, FeatureHost, LitTags } from './feature.js';

/** Marks CSS for the build's template minifier; no Lit needed. */
const css = String.raw;

class Links implements Feature {
  readonly styles = styles;
  /** What each question's live region says after a copy. */
  readonly #status = new Map<number, string>();

  /** Opens the question the page was loaded with. */
  constructor(
    private readonly host: FeatureHost,
    private readonly lit: LitTags,
  ) {
    this.#follow(false);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.#onHashChange);
  }

  /**
   * The "copy link to this question" button of an open answer and its live region, which says
   * whether copying worked — and, if not, shows the address to copy by hand; in the language of
   * the translator `t`. Kept out of search results' snippets (`data-nosnippet`).
   */
  copyButton(question: number, t: Msg) {
    const copy = async () => {
      const link = `${location.href.split('#')[0]}#${encodeURIComponent(this.host.id)}-${question}`;
      try {
        await navigator.clipboard.writeText(link);
        this.#status.set(question, t('De link is gekopieerd.', { id: 'ui.link-copied', desc: 'Said after the link to a question was copied.' }));
      } catch {
        this.#status.set(question, `${t('Kopiëren is niet gelukt. Dit is de link:', { id: 'ui.copy-failed', desc: 'Said when copying failed; the address follows it.' })} ${link}`);
      }
      this.host.requestUpdate();
    };
    return copyLink(this.lit, t, copy, this.#status.get(question));
  }

  #warnedHash = false;

  #onHashChange = (): void => {
    this.#follow(true);
  };

  /**
   * Opens the question the address points at, if it is this element's and the element shows it,
   * as a click on its question would, and brings it into view (and focus, when followed).
   */
  async #follow(moveFocus: boolean): Promise<void> {
    if (!this.host.id) return;
    let hash: string;
    try {
      hash = decodeURIComponent(location.hash.slice(1));
    } catch {
      // A malformed `%` escape: no link to a question. Said once per widget.
      if (!this.#warnedHash) console.warn(`<mensenhandel-faq>: location.hash=${JSON.stringify(location.hash.slice(0, 40))}: not a valid address, no question opened. Accepted: #${this.host.id}-1 to #${this.host.id}-6.`);
      this.#warnedHash = true;
      return;
    }
    const match = /^(.+)-([1-6])$/.exec(hash);
    if (match?.[1] !== this.host.id) return;
    await this.host.updateComplete;
    const button = this.host.renderRoot.querySelector<HTMLButtonElement>(`#question-${match[2]}`);
    if (!button) return;
    if (button.getAttribute('aria-expanded') !== 'true') button.click();
    await this.host.updateComplete;
    button.scrollIntoView({ block: 'start' });
    if (moveFocus) button.focus({ preventScroll: true });
  }
}

/**
 * The "copy link" button and its live region (saying `status`), in the language of `t`, copying
 * with `copy` (the embed prerenders it without).
 */
export const copyLink = ({ html }: LitTags, t: Msg, copy?: () => void, status?: string) =>
  html`<p class="copy" data-nosnippet>
    <button type="button" part="copy-link" @click=${copy}>
      ${t('Link naar deze vraag kopiëren', { id: 'ui.copy-link', desc: 'Button under an answer: copies the web address of this question.' })}
    </button>
    <span aria-live="polite">${status}</span>
  </p>`;

export const attach: Attach<Links> = (host, lit) => new Links(host, lit);

/** This feature's styles (the element adopts them as a stylesheet; the embed prerenders them). */
export const styles = css`
  .copy {
    margin: 0.75em 0 0;
    display: flex;
    overflow-wrap: anywhere;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .copy button {
    padding-inline: 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--mensenhandel-faq-button-border-radius, var(--_ds-btn-radius, 0));
    background: none;
    color: var(--mensenhandel-faq-link-color, var(--_ds-link, var(--_link)));
  }
  @media (forced-colors: active) {
    .copy button {
      border-color: ButtonText;
    }
  }
  @media print {
    .copy {
      display: none;
    }
  }
`;
