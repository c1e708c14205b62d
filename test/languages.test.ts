import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { all, answers, captureWarnings, DUTCH_QUESTIONS, expandAll, faq, marked, one, ownText, questionTexts, shownText, TRANSLATIONS, type Faq } from './helpers.js';

const ENDONYMS: Record<string, string> = {
  nl: 'Nederlands',
  en: 'English',
  pl: 'Polski',
  ro: 'Română',
  bg: 'Български',
  uk: 'Українська',
  ar: 'العربية',
  fr: 'Français',
  es: 'Español',
  hu: 'Magyar',
  vi: 'Tiếng Việt',
  zh: '中文',
  pt: 'Português',
  ru: 'Русский',
};

/** The text as shown, through the slots. */
const text = (node: Node) => shownText(node).replace(/\s+/g, ' ').trim();
const menu = (el: Faq) => el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="language-menu"]');
/** Paragraph and link counts of every answer, and of the closing line: the shape of the content. */
const shape = (el: Faq) => [
  ...answers(el).map((panel) => [all(el, `#${panel.id} p`).length, all(el, `#${panel.id} a`).length]),
  [all(el, '[part~="more-info"] p').length, all(el, '[part~="more-info"] a').length],
];

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => {
  warnings = captureWarnings();
});
afterEach(() => warnings.restore());

describe('languages: every shipped translation', () => {
  for (const lang of TRANSLATIONS) {
    it(`${lang}: six questions and every answer translated, none in Dutch, marked lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`, async () => {
      const dutch = await faq('<mensenhandel-faq lang="nl" open="all"></mensenhandel-faq>');
      const el = await faq(`<mensenhandel-faq lang="${lang}" open="all"></mensenhandel-faq>`);
      // Title, six questions, six answers and the closing line, each marked like the base.
      expect(ownText(el)).to.have.length(14);
      expect(marked(el, 'lang')).to.equal(lang);
      expect(marked(el, 'dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      const questions = questionTexts(el);
      expect(questions).to.have.length(6);
      questions.forEach((question, i) => {
        expect(question).not.to.equal(DUTCH_QUESTIONS[i]);
        expect(question.length).to.be.greaterThan(5);
      });
      const dutchAnswers = answers(dutch).map(text);
      answers(el).forEach((panel, i) => {
        expect(text(panel).length, `answer ${i + 1}`).to.be.greaterThan(40);
        expect(text(panel)).not.to.equal(dutchAnswers[i]);
      });
      for (const part of ['title', 'expand-all', 'more-info']) {
        expect(text(one(el, `[part~="${part}"]`)), part).not.to.equal(text(one(dutch, `[part~="${part}"]`)));
      }
    });

    it(`${lang}: answer 4 names CoMensha as people search for it, once, and not by its Dutch description (docs/languages.md)`, async () => {
      const el = await faq(`<mensenhandel-faq lang="${lang}" open="4"></mensenhandel-faq>`);
      const answer = text(answers(el)[3]!);
      expect(answer.match(/\bCoMensha\b/g), answer).to.have.length(1);
      expect(answer).not.to.match(/co[öo]rdinatiecentrum/i);
    });

    it(`${lang}: axe finds nothing, every answer open, with the menu`, async () => {
      await expect(await faq(`<mensenhandel-faq lang="${lang}" open="all" languages="all"></mensenhandel-faq>`)).to.be.accessible();
    });

    it(`${lang}: every answer has the Dutch structure (paragraphs and links), with link texts`, async () => {
      const dutch = await faq('<mensenhandel-faq lang="nl"></mensenhandel-faq>');
      const el = await faq(`<mensenhandel-faq lang="${lang}"></mensenhandel-faq>`);
      expect(shape(el)).to.deep.equal(shape(dutch));
      const hrefs = (faq: Faq) => all<HTMLAnchorElement>(faq, 'a').map((a) => a.href);
      expect(hrefs(el)).to.deep.equal(hrefs(dutch));
      for (const a of all(el, 'a')) expect(a.textContent!.trim()).not.to.equal('');
      expect(one(el, '#answer-6 a').textContent).not.to.equal('Signalen herkennen');
    });
  }

  for (const [tag, lang] of [
    ['pl-PL', 'pl'],
    ['ar-MA', 'ar'],
    ['fr-BE', 'fr'],
    ['es-419', 'es'],
    ['uk-UA', 'uk'],
    ['hu-HU', 'hu'],
    ['vi-VN', 'vi'],
    ['zh-CN', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['ru-RU', 'ru'],
  ]) {
    it(`falls back from ${tag} to ${lang}`, async () => {
      const el = await faq(`<mensenhandel-faq lang="${tag}"></mensenhandel-faq>`);
      expect(marked(el, 'lang')).to.equal(lang);
      expect(warnings.messages).to.be.empty;
    });
  }
});

describe('languages: right to left', () => {
  it('lays Arabic out from the right: chevron at the right edge, answer indented from the right', async () => {
    const el = await faq('<mensenhandel-faq lang="ar" open="1"></mensenhandel-faq>');
    const button = one(el, '[part~="question"]').getBoundingClientRect();
    const icon = one(el, '[part~="icon"]').getBoundingClientRect();
    expect(button.right - icon.right).to.be.lessThan(20);
    const body = getComputedStyle(one(el, '#answer-1 > div'));
    expect(parseFloat(body.paddingRight)).to.be.greaterThan(parseFloat(body.paddingLeft));
    expect(getComputedStyle(one(el, '[part~="question"]')).textAlign).to.equal('start');
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violations in Arabic, ${theme}, closed and open, with the menu`, async () => {
      await expect(await faq(`<mensenhandel-faq lang="ar" theme="${theme}" languages="all"></mensenhandel-faq>`)).to.be.accessible();
      await expect(await faq(`<mensenhandel-faq lang="ar" theme="${theme}" open="all"></mensenhandel-faq>`)).to.be.accessible();
    });
  }
});

describe('languages: the visitor language menu', () => {
  it('is absent without the attribute', async () => {
    expect(menu(await faq('<mensenhandel-faq></mensenhandel-faq>'))).to.be.null;
    expect(all(await faq('<mensenhandel-faq></mensenhandel-faq>'), '[aria-live="polite"]')).to.be.empty;
  });

  it('lists the given languages, each named in itself and marked with its language', async () => {
    const el = await faq('<mensenhandel-faq languages="nl en pl ar"></mensenhandel-faq>');
    const options = [...menu(el)!.options];
    expect(options.map((o) => o.value)).to.deep.equal(['nl', 'en', 'pl', 'ar']);
    expect(options.map((o) => o.textContent!.trim())).to.deep.equal(['Nederlands', 'English', 'Polski', 'العربية']);
    expect(options.map((o) => o.lang)).to.deep.equal(['nl', 'en', 'pl', 'ar']);
    expect(options.find((o) => o.value === 'ar')!.dir).to.equal('rtl');
    expect(menu(el)!.value).to.equal('nl');
  });

  it('"all" lists every shipped language', async () => {
    const el = await faq('<mensenhandel-faq languages="all"></mensenhandel-faq>');
    const names = [...menu(el)!.options].map((o) => o.textContent!.trim());
    expect(names).to.have.members(Object.values(ENDONYMS));
  });

  it('is labelled in the current language', async () => {
    for (const [lang, label] of [
      ['nl', 'Taal'],
      ['en', 'Language'],
    ]) {
      const el = await faq(`<mensenhandel-faq lang="${lang}" languages="all"></mensenhandel-faq>`);
      const select = menu(el)!;
      expect(select.labels[0]!.textContent!.trim()).to.equal(label);
    }
    for (const lang of TRANSLATIONS.filter((l) => l !== 'en')) {
      const el = await faq(`<mensenhandel-faq lang="${lang}" languages="all"></mensenhandel-faq>`);
      expect(menu(el)!.labels[0]!.textContent!.trim(), lang).not.to.be.oneOf(['', 'Taal']);
    }
  });

  it('switches this widget in place, keeps focus on the menu, and announces the change politely', async () => {
    const el = await faq('<mensenhandel-faq languages="nl en pl" open="3"></mensenhandel-faq>');
    const other = await faq('<mensenhandel-faq></mensenhandel-faq>');
    const select = menu(el)!;
    select.focus();
    select.value = 'pl';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.lang).to.equal('pl');
    expect(marked(el, 'lang')).to.equal('pl');
    expect(questionTexts(el)[0]).to.equal('Czym jest handel ludźmi?');
    expect(el.shadowRoot!.activeElement).to.equal(select);
    expect(select.value).to.equal('pl');
    expect(el.shadowRoot!.getElementById('question-3')!.getAttribute('aria-expanded')).to.equal('true');
    // Announced once the accessibility tree has been rebuilt in Polish (test/platform/), after
    // which the element's own `role` is as the page left it.
    const status = one(el, '[aria-live="polite"]');
    expect(text(status), 'not in the same task as the rebuild').to.equal('');
    await waitUntil(() => text(status) !== '', 'the switch is announced');
    expect(text(status)).to.equal(`${text(select.labels[0]!)}: Polski`);
    expect(el.hasAttribute('role')).to.be.false;
    expect(questionTexts(other)).to.deep.equal(DUTCH_QUESTIONS);
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  it('keeps a role the page gave the element after a switch', async () => {
    const el = await faq('<mensenhandel-faq role="complementary" aria-label="Vragen" languages="nl pl"></mensenhandel-faq>');
    const select = menu(el)!;
    select.value = 'pl';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => text(one(el, '[aria-live="polite"]')) !== '', 'the switch is announced');
    expect(el.getAttribute('role')).to.equal('complementary');
  });

  it('works by keyboard', async () => {
    const el = await faq('<mensenhandel-faq languages="nl en"></mensenhandel-faq>');
    menu(el)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await el.updateComplete;
    expect(marked(el, 'lang')).to.equal('en');
    expect(expandAll(el)!.textContent!.trim()).to.equal('Show all answers');
    expect(el.shadowRoot!.activeElement).to.equal(menu(el));
  });

  it('always offers the current language, first if it is not listed', async () => {
    const el = await faq('<mensenhandel-faq lang="fr" languages="en pl"></mensenhandel-faq>');
    expect([...menu(el)!.options].map((o) => o.value)).to.deep.equal(['fr', 'en', 'pl']);
    expect(menu(el)!.value).to.equal('fr');
  });

  it('is absent when it would offer only one language', async () => {
    expect(menu(await faq('<mensenhandel-faq languages="nl"></mensenhandel-faq>'))).to.be.null;
  });

  it('drops unknown codes with one warning; region subtags count as their language', async () => {
    const el = await faq('<mensenhandel-faq languages="nl, xx, en-GB, <b>de</b>, pl, en"></mensenhandel-faq>');
    expect([...menu(el)!.options].map((o) => o.value)).to.deep.equal(['nl', 'en', 'pl']);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('mensenhandel-faq').and.contain('languages=').and.contain('xx <b>de</b>').and.contain('"all"');
    expect(all(el, 'b')).to.be.empty;
  });

  it('reflects the property and appears or disappears at run time', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    el.languages = 'all';
    await el.updateComplete;
    expect(el.getAttribute('languages')).to.equal('all');
    expect(menu(el)).to.exist;
    el.removeAttribute('languages');
    await el.updateComplete;
    expect(menu(el)).to.be.null;
  });

  it('every menu control is at least 44 px high', async () => {
    const el = await faq('<mensenhandel-faq languages="all"></mensenhandel-faq>');
    expect(menu(el)!.getBoundingClientRect().height).to.be.at.least(44);
  });
});
