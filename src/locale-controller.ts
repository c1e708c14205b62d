import type { Problem } from './attributes.js';
import { faqContent, type FaqContent } from './content.js';
import { SOURCE_LOCALE, type Locale } from './locale.js';
import { loadTemplates, readyTemplates } from './locale-loader.js';
import { translator } from './messages.js';

/** The Dutch content, built on first use (not at import: the module does no work when loaded). */
let dutch: FaqContent | undefined;
const dutchContent = () => (dutch ??= faqContent(translator()));

/**
 * The content of one element in the language it asks for. `update(locale)` — which the element
 * calls from `willUpdate`, so server-side rendering runs it too — shows Dutch at once, other
 * languages once their messages have loaded. Until then the old content stays; at first there is
 * none, so no other language flashes by.
 */
export class LocaleController {
  /** The language on screen. */
  locale: Locale = SOURCE_LOCALE;
  /** The content on screen; none until the first language is ready. */
  content: FaqContent | undefined;
  /** The language asked for, possibly still loading. */
  wanted: Locale | undefined;

  constructor(
    private readonly report: (problem: Problem) => void,
    /** Tracks a load, so the host's `updateComplete` waits for it. */
    private readonly wait: (loading: Promise<unknown>) => void,
  ) {}

  update(locale: Locale): void {
    if (locale === this.wanted) return;
    this.wanted = locale;
    const ready = readyTemplates.get(locale);
    if (locale === SOURCE_LOCALE || ready) {
      this.#show(locale, ready ? faqContent(translator(ready)) : dutchContent());
      return;
    }
    this.wait(
      loadTemplates(locale).then(
        (templates) => this.wanted === locale && this.#show(locale, faqContent(translator(templates))),
        () => {
          if (this.wanted !== locale) return;
          this.report(['lang', locale, 'load']);
          this.#show(SOURCE_LOCALE, dutchContent());
        },
      ),
    );
  }

  #show(locale: Locale, content: FaqContent): void {
    this.locale = locale;
    this.content = content;
  }
}
