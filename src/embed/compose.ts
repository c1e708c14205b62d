/**
 * An embed's element content, put together from its pieces (./pieces.ts) for a configuration:
 * the one place that says in which order they come. wordpress/mensenhandel-faq.php
 * (`mensenhandel_faq_compose`) does the same in PHP, tested equal (test/wordpress/).
 */
import type { QuestionId } from '../content.js';
import type { Config } from './config.js';
import type { CommonPieces, LanguagePieces } from './pieces.js';

/** What the element makes of a configuration's attributes (its own parsers' results). */
export interface Parsed {
  ids: readonly QuestionId[];
  open: ReadonlySet<QuestionId>;
  /** The quick-exit address, if the element accepts it. */
  exitUrl: string | undefined;
}

/** The declarative shadow root's content after its stylesheets. */
export function shadowContent(config: Config, { ids, open, exitUrl }: Parsed, common: CommonPieces, language: LanguagePieces): string {
  const level = config.headingLevel;
  const allOpen = ids.every((id) => open.has(id));
  return [
    language.start[config.theme][config.hideTitle ? 1 : 0],
    exitUrl ? language.exit : '',
    config.languageMenu ? language.menu : '',
    config.hideTitle ? '' : common.title[level - 1],
    config.single || config.hideExpandAll ? '' : language.expandAll[allOpen ? 1 : 0],
    common.listStart,
    ...ids.map((id) => {
      const [before, after] = common.item[id]![level - 1]!;
      return `${common.itemStart[(open.has(id) ? 1 : 0) + (config.single ? 2 : 0)]}${before}${config.id ? language.copyLink : ''}${after}`;
    }),
    common.listEnd,
    config.help ? language.help[level - 1] : '',
    common.end,
  ].join('');
}

/** The element's text children (light DOM), each on its own line. */
export function textContent(config: Config, { ids }: Parsed, language: LanguagePieces): string[] {
  const level = config.headingLevel;
  return [
    ...(config.hideTitle ? [] : [language.text.title[level - 1]!]),
    ...ids.flatMap((id) => [language.text.question[id]![level - 1]!, language.text.answer[id]!]),
    language.text.moreInfo,
  ];
}
