/**
 * Quick exit, modelled on GOV.UK's "Exit this page", loaded only by widgets with `exit-url` (a
 * lazy chunk that imports nothing at run time). Leaving replaces the page with the exit address
 * (`location.replace`, so Back does not return here) with no referrer; pressing Shift alone three
 * times in a row, within five seconds, does the same (a Shift-click or Shift+key is not a press of
 * Shift alone). Listens to the document only while the widget is connected, and never where the
 * widget is being edited (see `editing`): there, its button does nothing.
 */
import type { Msg } from '../messages.js';
import type { Attach, Feature, FeatureHost, LitTags } from './feature.js';

const WINDOW_MS = 5000;

/**
 * Whether the widget sits where a page is being edited, not read: the WordPress admin (its block
 * editor shows a block's saved HTML when the block is invalid or unknown), the block editor's
 * canvas frame, or any contenteditable region or designMode document. Leaving from there would
 * send an editor's tab to an address an author chose.
 */
export const editing = (host: HTMLElement): boolean => host.isContentEditable || Boolean(host.closest('.wp-admin, .editor-styles-wrapper'));

/** What a press of Shift alone is read from: the key going down and up, and any click between. */
const EVENTS = ['keydown', 'keyup', 'pointerdown'] as const;

/** Marks CSS for the build's template minifier; no Lit needed. */
const css = String.raw;

class QuickExit implements Feature {
  readonly styles = styles;
  /** Once leaving: hides the page until the browser has replaced it (see `#exit`). */
  #cover?: HTMLElement;
  #url: string | undefined;
  #presses: number[] = [];
  /** Whether the Shift key now down has been alone: no other key, no click, since it went down. */
  #alone = false;

  constructor(
    private readonly host: FeatureHost,
    private readonly lit: LitTags,
  ) {}

  hostConnected(): void {
    if (editing(this.host)) return;
    for (const type of EVENTS) document.addEventListener(type, this.#onInput, true);
  }

  hostDisconnected(): void {
    for (const type of EVENTS) document.removeEventListener(type, this.#onInput, true);
    this.#presses = [];
  }

  /** The quick-exit button for the exit address, in the language of `t`; nothing without one. */
  render(url: string | undefined, t: Msg) {
    this.#url = url;
    return url ? exitButton(this.lit, t, this.#exit) : this.lit.nothing;
  }

  /**
   * Leaves: the whole tab, where the widget is in a frame that may navigate it (else, as in a
   * sandboxed frame without `allow-top-navigation`, the frame). A white cover hides the page at
   * once, unless the page asks "Leave site?" (its own `beforeunload`): that dialog shows the page
   * anyway, and a visitor who stays gets the page back, not a white screen.
   */
  #exit = (): void => {
    const url = this.#url;
    if (!url || !this.host.isConnected || editing(this.host)) return;
    // Leave no trace at the neutral site: no Referer (or document.referrer) names this help page.
    document.head.append(Object.assign(document.createElement('meta'), { name: 'referrer', content: 'no-referrer' }));
    // Added last, this listener runs after the page's own: it sees whether they asked to stay.
    let asked = false;
    addEventListener(
      'beforeunload',
      (event) => {
        asked = event.defaultPrevented || Boolean(event.returnValue);
        if (asked) this.#cover?.remove();
      },
      { once: true },
    );
    // A frame sandboxed without allow-top-navigation may not leave the tab (WebKit let the tests'
    // same-origin one do it; the other engines throw, as for any frame the tab refuses).
    const sandbox = frameElement?.getAttribute('sandbox');
    try {
      (sandbox != null && !sandbox.includes('allow-top-navigation') ? window : top!).location.replace(url);
    } catch {
      location.replace(url);
    }
    // (Chromium asks during `replace`; a browser that asks after it has the listener take the cover away.)
    if (!asked) this.host.renderRoot.append((this.#cover ??= Object.assign(document.createElement('div'), { className: 'cover' })));
  };

  /**
   * Counts a press of Shift alone when Shift is released; another key or a click in between (a
   * Shift-click, Shift+key) starts the count again. (Another key's release changes nothing.)
   */
  #onInput = (event: Event): void => {
    const shift = event instanceof KeyboardEvent && event.key === 'Shift';
    if (shift && event.type === 'keydown') {
      if (!event.repeat) this.#alone = true;
    } else if (shift && this.#alone) {
      this.#alone = false;
      this.#presses = [...this.#presses.filter((time) => event.timeStamp - time < WINDOW_MS), event.timeStamp];
      if (this.#presses.length >= 3) this.#exit();
    } else if (shift || event.type !== 'keyup') {
      this.#alone = false;
      this.#presses = [];
    }
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
