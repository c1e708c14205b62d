/**
 * FAQPage structured data (schema.org JSON-LD) for the widgets that ask for it: one
 * `<script type="application/ld+json">` in the document's head, shared by all of them, with each
 * question once. It is a data block: nothing runs, and no Content-Security-Policy is involved.
 * The questions and answers are read from the element's text in the light DOM (light-text.ts):
 * exactly what it shows, in its language.
 */
import type { Attach, Feature, FeatureHost } from './feature.js';

const ID = 'mensenhandel-faq-structured-data';
/** Every element's questions and answers, by element: one script per document holds them all. */
const published = new Map<Element, readonly (readonly [string, string])[]>();

function write(document: Document): void {
  const questions = new Map<string, string>();
  for (const [element, entries] of published) {
    if (element.ownerDocument !== document) continue;
    for (const [question, answer] of entries) questions.set(question, answer);
  }
  let script = document.getElementById(ID);
  if (!questions.size) {
    script?.remove();
    return;
  }
  if (!script) {
    script = Object.assign(document.createElement('script'), { type: 'application/ld+json', id: ID });
    document.head.append(script);
  }
  // A text child, not `textContent`: under Trusted Types (`require-trusted-types-for 'script'`)
  // a script's text setters need a policy; a data block's child text does not (it never runs).
  script.replaceChildren(JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: [...questions].map(([name, text]) => ({
      '@type': 'Question',
      name,
      acceptedAnswer: { '@type': 'Answer', text },
    })),
  }));
}

class StructuredData implements Feature {
  /** What the element published last; `''` for nothing. */
  #key = '';

  constructor(private readonly host: FeatureHost) {}

  /** The questions the element shows, each with its answer's paragraphs, as text. */
  #entries(): [string, string][] {
    const text = (slot: string) => this.host.querySelector(`:scope > [slot="${slot}"]`);
    return [...this.host.querySelectorAll(':scope > [slot^="question-"]')].map((question) => [
      question.textContent!.trim(),
      [...(text(question.slot.replace('question', 'answer'))?.children ?? [])].map((paragraph) => paragraph.textContent!.trim()).join('\n\n'),
    ]);
  }

  /**
   * After each update of the element: publishes what it shows while it has `structured-data`,
   * withdraws it when it no longer has; only when that changed.
   */
  hostUpdated(): void {
    const { host } = this;
    // Never where the page is being edited (as quick-exit.ts's `editing`: chunks import nothing at run time).
    const editing = host.isContentEditable || host.closest('.wp-admin, .editor-styles-wrapper');
    const entries = host.hasAttribute('structured-data') && host.isConnected && !editing ? this.#entries() : [];
    const key = entries.length ? JSON.stringify(entries) : '';
    if (key === this.#key) return;
    this.#key = key;
    if (key) published.set(this.host, entries);
    else published.delete(this.host);
    write(this.host.ownerDocument);
  }

  /** A removed element's questions leave the page's structured data. */
  hostDisconnected(): void {
    this.hostUpdated();
  }
}

export const attach: Attach<StructuredData> = (host) => new StructuredData(host);
