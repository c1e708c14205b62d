/**
 * The six questions and answers, typed, in Dutch (the source language).
 *
 * Source: `shared/seed/000_fd7dd11a91232285.txt`. The wording is the seed's, with exactly two
 * editorial fixes:
 *   1. Question 2 reads "Komt mensenhandel in Nederland voor en waar?" (the seed has the typo
 *      "voor en in waar").
 *   2. Stray double spaces are removed (answer 4 had one between its first two sentences).
 *
 * Every string goes through `t` / `rich` (see `messages.ts`), so `lit-localize extract` puts it in
 * the XLIFF files and each element can render it in its own language. Answers are structured
 * rich text — paragraphs of plain strings and links — never HTML strings; the element renders
 * them with Lit templates, so text is always escaped.
 */
import { str, type Link, type Msg, type Paragraph, type Translator } from './messages.js';

export type { Inline, Link, Paragraph } from './messages.js';

/** A stable question id, 1–6, as used by the `questions` and `open` attributes. */
export type QuestionId = 1 | 2 | 3 | 4 | 5 | 6;

/** One question with its answer. */
export interface FaqEntry {
  readonly id: QuestionId;
  readonly question: string;
  readonly answer: readonly Paragraph[];
}

/** Everything the element shows, in one language. */
export interface FaqContent {
  readonly title: string;
  readonly entries: readonly FaqEntry[];
  /** The closing "Meer weten over mensenhandel?" line with its two links. */
  readonly moreInfo: Paragraph;
  readonly showAll: string;
  readonly hideAll: string;
  /** This language's translator: the optional features (src/features/) look up their own texts with it. */
  readonly t: Msg;
}

/** All question ids in seed order. */
export const QUESTION_IDS: readonly QuestionId[] = [1, 2, 3, 4, 5, 6];

// The seed names a page "Signalen herkennen" without its address; this is the national
// guide's page on recognising the signals of trafficking.
const SIGNALS_URL = 'https://www.wegwijzermensenhandel.nl/signaleren-van-mensenhandel';

/** Builds the content in the language of the given translator. */
export function faqContent({ t, rich }: Translator): FaqContent {
  const signals: Link = { href: SIGNALS_URL, text: t('Signalen herkennen', { id: 'q6.link' }) };
  const ckmFier: Link = { href: 'https://www.ckm-fier.nl/', text: 'www.ckm-fier.nl' };
  const mensenhandelweb: Link = { href: 'https://www.mensenhandelweb.nl/', text: 'www.mensenhandelweb.nl' };
  return {
    title: t('De 6 meest gestelde vragen over mensenhandel', { id: 'title' }),
    showAll: t('Alle antwoorden tonen', { id: 'ui.show-all' }),
    hideAll: t('Alle antwoorden verbergen', { id: 'ui.hide-all' }),
    t,
    entries: [
      {
        id: 1,
        question: t('Wat is mensenhandel?', { id: 'q1.question' }),
        answer: [[t('Mensenhandel is uitbuiting onder een bepaalde vorm van dwang of misleiding. Ook illegale handel in organen en gedwongen criminaliteit valt onder mensenhandel. Aanvankelijke instemming met het verrichten van de werkzaamheden, betekent niet dat er geen sprake kan zijn van mensenhandel.', { id: 'q1.answer' })]],
      },
      {
        id: 2,
        question: t('Komt mensenhandel in Nederland voor en waar?', { id: 'q2.question' }),
        answer: [[t('Mensenhandel komt in Nederland voor in met name de seksindustrie, horeca, land- en tuinbouw, bouw en industrie. Verder zien we steeds meer slachtoffers die gedwongen worden criminele handelingen te verrichten, zoals zakkenrollen en winkeldiefstallen plegen.', { id: 'q2.answer' })]],
      },
      {
        id: 3,
        question: t('Waar komen slachtoffers van mensenhandel vandaan?', { id: 'q3.question' }),
        answer: [[t('Slachtoffers zijn grotendeels afkomstig uit het buitenland. Ongeveer een derde komt uit Nederland. Het overgrote deel van de slachtoffers die geregistreerd zijn, is vrouw. Maar ook mannen en kinderen vallen ten prooi aan mensenhandelaren.', { id: 'q3.answer' })]],
      },
      {
        id: 4,
        question: t('Op welke schaal komt mensenhandel in Nederland voor?', { id: 'q4.question' }),
        answer: [[t('Hoeveel kinderen en volwassenen in Nederland slachtoffer worden van mensenhandel is niet bekend. Er zijn geen concrete betrouwbare cijfers beschikbaar omdat deze praktijken zich in het verborgene afspelen. Bovendien: niet alle instanties die te maken krijgen met slachtoffers van mensenhandel melden dit bij het coördinatiecentrum mensenhandel.', { id: 'q4.answer', desc: '“Het coördinatiecentrum mensenhandel” is CoMensha. Write “CoMensha” exactly so, with once what it is in your language: “the Dutch coordination centre against human trafficking” (docs/languages.md, naming rule).' })]],
      },
      {
        id: 5,
        question: t('Is mensenhandel hetzelfde als mensensmokkel?', { id: 'q5.question' }),
        answer: [[t('Nee. Mensenhandel moet onderscheiden worden van mensensmokkel. Bij mensensmokkel wordt illegaal een staatsgrens overschreden. Bij mensenhandel worden mensen voor economisch gewin uitgebuit. Bij mensenhandel wordt wel vaak mensensmokkel gebruikt om mensen Nederland binnen te krijgen.', { id: 'q5.answer' })]],
      },
      {
        id: 6,
        question: t('Hoe herken je mensenhandel?', { id: 'q6.question' }),
        answer: [
          rich(str`Mensenhandel gaat altijd gepaard met dwang. Dwang kan onder andere bestaan uit dreiging met geweld, ontvoering, bedrog, misleiding, machtsmisbruik of misbruik van een kwetsbare positie. Meer weten over hoe je een slachtoffer herkent en welke acties je kunt ondernemen? Kijk op ‘${signals}’.`, { id: 'q6.answer', desc: 'The placeholder is the link “Signalen herkennen” (message q6.link). The linked page is in Dutch: in every other language, say so right after the link, e.g. “(in Dutch)”.' }),
        ],
      },
    ],
    moreInfo: rich(str`Meer weten over mensenhandel? Kijk dan op ${ckmFier} en ${mensenhandelweb}`, { id: 'more-info', desc: 'The placeholders are the links www.ckm-fier.nl and www.mensenhandelweb.nl. Both sites are in Dutch: in every other language, say so right after each link, e.g. “(in Dutch)”.' }),
  };
}
