/**
 * FAQPage structured data (schema.org JSON-LD) for the widgets that ask for it: one
 * `<script type="application/ld+json">` in the document's head, shared by all of them, with each
 * question once. It is a data block: nothing runs, and no Content-Security-Policy is involved.
 */
import type { FaqEntry, Paragraph } from '../content.js';
import type { Attach, Feature, FeatureHost } from './feature.js';

const ID = 'mensenhandel-faq-structured-data';
/** Every element's questions, by element: one script per document holds them all. */
const published = new Map<Element, readonly FaqEntry[]>();

const plainText = (paragraphs: readonly Paragraph[]) =>
  paragraphs.map((paragraph) => paragraph.map((inline) => (typeof inline === 'string' ? inline : inline.text)).join('')).join('\n\n');

function write(document: Document): void {
  const questions = new Map<string, string>();
  for (const [element, entries] of published) {
    if (element.ownerDocument !== document) continue;
    for (const entry of entries) questions.set(entry.question, plainText(entry.answer));
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
  script.textContent = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: [...questions].map(([name, text]) => ({
      '@type': 'Question',
      name,
      acceptedAnswer: { '@type': 'Answer', text },
    })),
  });
}

class StructuredData implements Feature {
  /** What the element published last (language and questions); `''` for nothing. */
  #key = '';

  constructor(private readonly host: FeatureHost) {}

  /**
   * Publishes the questions the element shows, when `key` (what it shows: language and
   * questions) changed since last time; an empty key withdraws them.
   */
  publish(key: string, entries: () => readonly FaqEntry[]): void {
    if (key === this.#key) return;
    this.#key = key;
    if (key) published.set(this.host, entries());
    else published.delete(this.host);
    write(this.host.ownerDocument);
  }

  /** A removed element's questions leave the page's structured data. */
  hostDisconnected(): void {
    this.publish('', () => []);
  }
}

export const attach: Attach<StructuredData> = (host) => new StructuredData(host);
