/**
 * Shareable links to one question, loaded only by widgets with an `id` (a lazy chunk that
 * imports nothing at run time): `#<element id>-<question id>` (e.g. `#faq-3`) opens that
 * question on load and on every `hashchange`; each open answer can copy its link.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LitTags } from './lit-tags.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode; readonly updateComplete: Promise<boolean> };
/** Opens a question if the widget shows it; says whether it does. */
type Open = (question: number) => boolean;

/** Marks CSS for the build's template minifier; no Lit needed. */
const css = String.raw;

/** The question the current address points at, if it points at this element. */
function target(host: Host): number | undefined {
  const match = /^(.+)-([1-6])$/.exec(decodeURIComponent(location.hash.slice(1)));
  return host.id && match?.[1] === host.id ? Number(match[2]) : undefined;
}

/** Opens the question a link points at and brings it into view (and focus, when followed). */
async function follow(host: Host, open: Open, question: number, moveFocus: boolean): Promise<void> {
  if (!open(question)) return;
  await host.updateComplete;
  const button = host.renderRoot.querySelector<HTMLButtonElement>(`#question-${question}`);
  button?.scrollIntoView({ block: 'start' });
  if (moveFocus) button?.focus({ preventScroll: true });
}

class DeepLinks implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly open: Open,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.#onHashChange);
  }

  #onHashChange = (): void => {
    const question = target(this.host);
    if (question) follow(this.host, this.open, question, true);
  };
}

const controllers = new WeakSet<Host>();

/** Starts following links for a widget, and opens the question the page was loaded with. */
export function followLinks(host: Host, open: Open): void {
  if (controllers.has(host)) return;
  controllers.add(host);
  new DeepLinks(host, open);
  const question = target(host);
  if (question) follow(host, open, question, false);
}

const statuses = new WeakMap<Host, Map<number, string>>();

/**
 * The "copy link to this question" button of an open answer and its live region, which says
 * whether copying worked — and, if not, shows the address to copy by hand.
 */
export function copyButton(
  { html }: LitTags,
  host: Host,
  question: number,
  { copyLink, linkCopied, copyFailed }: { copyLink: string; linkCopied: string; copyFailed: string },
) {
  const status = statuses.get(host) ?? new Map<number, string>();
  statuses.set(host, status);
  const copy = async () => {
    const link = `${location.href.split('#')[0]}#${encodeURIComponent(host.id)}-${question}`;
    try {
      await navigator.clipboard.writeText(link);
      status.set(question, linkCopied);
    } catch {
      status.set(question, `${copyFailed} ${link}`);
    }
    host.requestUpdate();
  };
  return html`<p class="copy">
    <button type="button" part="copy-link" @click=${copy}>${copyLink}</button>
    <span role="status">${status.get(question)}</span>
  </p>`;
}

/** This feature's styles, added to each widget that uses it (a constructed stylesheet: CSP-safe). */
export const sheet = new CSSStyleSheet();
sheet.replaceSync(css`
  .copy {
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
`);
