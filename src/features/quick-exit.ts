/**
 * Quick exit, modelled on GOV.UK's "Exit this page", loaded only by widgets with `exit-url` (a
 * lazy chunk that imports nothing at run time). Leaving replaces the page with the exit address
 * (`location.replace`, so Back does not return here) with no referrer; pressing Shift three times in a row,
 * within five seconds, does the same. Listens to the document only while the widget is connected.
 */
import type { Msg } from '../messages.js';
import type { Attach, Feature, FeatureHost, LitTags } from './feature.js';

const WINDOW_MS = 5000;

/** Marks CSS for the build's template minifier; no Lit needed. */
const css = String.raw;

class QuickExit implements Feature {
  readonly styles = styles;
  /** Set when leaving starts: a cover hides the page until the browser has replaced it. */
  #leaving = false;
  #url: string | undefined;
  #presses: number[] = [];

  constructor(
    private readonly host: FeatureHost,
    private readonly lit: LitTags,
  ) {}

  hostConnected(): void {
    document.addEventListener('keydown', this.#onKeydown, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onKeydown, true);
    this.#presses = [];
  }

  /** The quick-exit button (and, once leaving, the cover), for the exit address, in the language of `t`; nothing without one. */
  render(url: string | undefined, t: Msg) {
    const { html, nothing } = this.lit;
    this.#url = url;
    return html`${this.#leaving ? html`<div class="cover"></div>` : nothing}
      ${url ? exitButton(this.lit, t, this.#exit) : nothing}`;
  }

  #exit = (): void => {
    if (!this.#url || !this.host.isConnected) return;
    this.#leaving = true;
    this.host.requestUpdate();
    // Leave no trace at the neutral site: no Referer (or document.referrer) names this help page.
    document.head.append(Object.assign(document.createElement('meta'), { name: 'referrer', content: 'no-referrer' }));
    location.replace(this.#url);
  };

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift' || event.repeat) {
      this.#presses = [];
      return;
    }
    this.#presses = [...this.#presses.filter((time) => event.timeStamp - time < WINDOW_MS), event.timeStamp];
    if (this.#presses.length >= 3) this.#exit();
  };
}

/** The quick-exit button in the language of `t`, leaving with `exit` (the embed prerenders it without). */
export const exitButton = ({ html }: LitTags, t: Msg, exit?: () => void) =>
  html`<div class="quick-exit">
    <button type="button" part="quick-exit" @click=${exit}>
      ${t('Snel weg', {
        id: 'ui.quick-exit',
        desc: 'Button that leaves this page at once for a safe site (as GOV.UK "Exit this page"); short and clear.',
      })}
    </button>
  </div>`;

export const attach: Attach<QuickExit> = (host, lit) => new QuickExit(host, lit);

/** This feature's styles (the element adopts them as a stylesheet; the embed prerenders them). */
export const styles = css`
  .quick-exit {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    margin-block-end: 0.5em;
  }
  .quick-exit button {
    padding-inline: 1em;
    border: 2px solid transparent;
    border-radius: 4px;
    background-color: var(--mensenhandel-faq-quick-exit-background-color, #b3261e);
    color: var(--mensenhandel-faq-quick-exit-color, #ffffff);
    font-weight: 700;
  }
  /* Quick exit hides the page at once, before the browser has left it. */
  .cover {
    position: fixed;
    inset: 0;
    z-index: 2147483647;
    background: #ffffff;
  }
  @media (forced-colors: active) {
    .quick-exit button {
      border-color: ButtonText;
    }
  }
  @media print {
    .quick-exit {
      display: none;
    }
  }
`;
