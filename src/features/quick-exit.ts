/**
 * Quick exit, modelled on GOV.UK's "Exit this page", loaded only by widgets with `exit-url` (a
 * lazy chunk that imports nothing at run time). Leaving replaces the page with the exit address
 * (`location.replace`, so Back does not return here); pressing Shift three times in a row,
 * within five seconds, does the same. Listens to the document only while the widget is connected.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LitTags } from './lit-tags.js';

type Host = ReactiveControllerHost & HTMLElement;

const WINDOW_MS = 5000;

/** Marks CSS for the build's template minifier; no Lit needed. */
const css = String.raw;

class QuickExit implements ReactiveController {
  url: string | undefined;
  /** Set when leaving starts: a cover hides the page until the browser has replaced it. */
  leaving = false;
  #presses: number[] = [];

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#onKeydown, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onKeydown, true);
    this.#presses = [];
  }

  exit(): void {
    if (!this.url || !this.host.isConnected) return;
    this.leaving = true;
    this.host.requestUpdate();
    location.replace(this.url);
  }

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift' || event.repeat) {
      this.#presses = [];
      return;
    }
    this.#presses = [...this.#presses.filter((time) => event.timeStamp - time < WINDOW_MS), event.timeStamp];
    if (this.#presses.length >= 3) this.exit();
  };
}

const controllers = new WeakMap<Host, QuickExit>();

/**
 * A widget's quick-exit button (and, once leaving, the cover), for its exit address; nothing
 * without one. Lit's `html` comes from the widget, so this chunk imports nothing.
 */
export function quickExit(
  { html, nothing }: LitTags,
  host: Host,
  url: string | undefined,
  label: string,
) {
  let controller = controllers.get(host);
  if (!controller && url) {
    controller = new QuickExit(host);
    controllers.set(host, controller);
  }
  if (!controller) return nothing;
  controller.url = url;
  return html`${controller.leaving ? html`<div class="cover"></div>` : nothing}
    ${url
      ? html`<div class="quick-exit">
          <button type="button" part="quick-exit" @click=${() => controller.exit()}>${label}</button>
        </div>`
      : nothing}`;
}

/** This feature's styles, added to each widget that uses it (a constructed stylesheet: CSP-safe). */
export const sheet = new CSSStyleSheet();
sheet.replaceSync(css`
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
`);
