import { expect } from '@open-wc/testing';
import {
  all,
  answers,
  captureWarnings,
  DUTCH_QUESTIONS,
  ENGLISH_QUESTIONS,
  expandAll,
  faq,
  marked,
  one,
  ownText,
  questionTexts,
  shownText,
  type Faq,
} from './helpers.js';

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => {
  warnings = captureWarnings();
});
afterEach(() => warnings.restore());

const contentLang = (el: Faq) => marked(el, 'lang');
/** The text as shown, through the slots. */
const text = (node: Node) => shownText(node).replace(/\s+/g, ' ').trim();
const title = (el: Faq) => text(one(el, '[part~="title"]'));

describe('language: lang attribute', () => {
  it('renders English with lang="en", everything translated, marked lang="en" dir="ltr"', async () => {
    const el = await faq('<mensenhandel-faq lang="en" open="all"></mensenhandel-faq>');
    expect(questionTexts(el)).to.deep.equal(ENGLISH_QUESTIONS);
    expect(title(el)).to.equal('The 6 most frequently asked questions about human trafficking');
    expect(expandAll(el)!.textContent!.trim()).to.equal('Hide all answers');
    expect(ownText(el)).to.have.length(14);
    expect(contentLang(el)).to.equal('en');
    expect(marked(el, 'dir')).to.equal('ltr');
    const shown = shownText(one(el, '[part~="base"]'));
    for (const dutch of ['Mensenhandel', 'Meer weten', 'Signalen', 'antwoorden']) expect(shown).not.to.contain(dutch);
  });

  it('keeps the English links: the signs page inside answer 6, both sites in the closing line', async () => {
    const el = await faq('<mensenhandel-faq lang="en"></mensenhandel-faq>');
    const signals = one(el, '#answer-6 a');
    expect(signals.textContent).to.equal('Recognising the signs');
    expect(text(answers(el)[5]!)).to.contain('See ‘Recognising the signs’ (in Dutch).');
    expect(text(one(el, '[part~="more-info"]'))).to.equal(
      'Want to know more about human trafficking? Visit www.ckm-fier.nl (in Dutch) and www.mensenhandelweb.nl (in Dutch)',
    );
    expect(all(el, '[part~="more-info"] a')).to.have.length(2);
  });

  for (const tag of ['en-GB', 'EN-us', 'en_US', ' en ']) {
    it(`falls back from "${tag}" to its base language`, async () => {
      const el = await faq(`<mensenhandel-faq lang="${tag}"></mensenhandel-faq>`);
      expect(questionTexts(el)).to.deep.equal(ENGLISH_QUESTIONS);
      expect(contentLang(el)).to.equal('en');
      expect(warnings.messages).to.be.empty;
    });
  }

  it('renders Dutch for lang="nl" and lang="nl-BE"', async () => {
    expect(questionTexts(await faq('<mensenhandel-faq lang="nl"></mensenhandel-faq>'))).to.deep.equal(DUTCH_QUESTIONS);
    expect(questionTexts(await faq('<mensenhandel-faq lang="nl-BE"></mensenhandel-faq>'))).to.deep.equal(DUTCH_QUESTIONS);
  });

  for (const bad of ['de', 'xx-YY', '123', '<b>en</b>']) {
    it(`renders Dutch with one warning for an unsupported lang="${bad}"`, async () => {
      const el = await faq(`<mensenhandel-faq lang="${bad.replace(/"/g, '&quot;')}"></mensenhandel-faq>`);
      expect(questionTexts(el)).to.deep.equal(DUTCH_QUESTIONS);
      expect(contentLang(el)).to.equal('nl');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('mensenhandel-faq').and.contain(bad).and.contain('Dutch');
      expect(warnings.messages[0]).to.match(/Accepted: nl, [a-z, ]*\ben\b[a-z, ]*\./);
    });
  }
});

describe('language: inherited', () => {
  it('takes the nearest ancestor lang', async () => {
    const el = await faq('<div lang="nl"><section lang="en-GB"><p><mensenhandel-faq></mensenhandel-faq></p></section></div>');
    expect(questionTexts(el)).to.deep.equal(ENGLISH_QUESTIONS);
  });

  it('its own lang wins over the ancestor’s', async () => {
    const el = await faq('<div lang="en"><mensenhandel-faq lang="nl"></mensenhandel-faq></div>');
    expect(questionTexts(el)).to.deep.equal(DUTCH_QUESTIONS);
  });

  it('an empty lang on the element defers to the ancestor', async () => {
    const el = await faq('<div lang="en"><mensenhandel-faq lang=""></mensenhandel-faq></div>');
    expect(questionTexts(el)).to.deep.equal(ENGLISH_QUESTIONS);
  });

  it('reads the lang of the shadow host it sits in', async () => {
    const host = document.createElement('div');
    host.lang = 'en';
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<mensenhandel-faq></mensenhandel-faq>';
    const el = root.querySelector('mensenhandel-faq')!;
    await el.updateComplete;
    expect(questionTexts(el)).to.deep.equal(ENGLISH_QUESTIONS);
    host.remove();
  });

  it('follows the document language, and defaults to Dutch without any', async () => {
    const html = document.documentElement;
    const original = html.getAttribute('lang');
    try {
      html.setAttribute('lang', 'en');
      expect(questionTexts(await faq('<mensenhandel-faq></mensenhandel-faq>'))).to.deep.equal(ENGLISH_QUESTIONS);
      html.removeAttribute('lang');
      const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
      expect(questionTexts(el)).to.deep.equal(DUTCH_QUESTIONS);
      expect(contentLang(el)).to.equal('nl');
    } finally {
      if (original === null) html.removeAttribute('lang');
      else html.setAttribute('lang', original);
    }
    expect(warnings.messages).to.be.empty;
  });

  it('warns for an unsupported page language and renders Dutch', async () => {
    const el = await faq('<div lang="fy"><mensenhandel-faq></mensenhandel-faq></div>');
    expect(questionTexts(el)).to.deep.equal(DUTCH_QUESTIONS);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('"fy"');
  });

  it('re-reads the inherited language when moved to another place', async () => {
    const el = await faq('<div lang="nl"><mensenhandel-faq></mensenhandel-faq></div>');
    const english = document.createElement('div');
    english.lang = 'en';
    document.body.append(english);
    english.append(el);
    await el.updateComplete;
    expect(questionTexts(el)).to.deep.equal(ENGLISH_QUESTIONS);
    english.remove();
  });
});

describe('language: per element', () => {
  it('two widgets in two languages on one page both render correctly', async () => {
    const el = await faq('<mensenhandel-faq lang="en"></mensenhandel-faq><mensenhandel-faq lang="nl"></mensenhandel-faq>');
    const dutch = el.parentElement!.querySelectorAll('mensenhandel-faq')[1]!;
    await dutch.updateComplete;
    expect(questionTexts(el)).to.deep.equal(ENGLISH_QUESTIONS);
    expect(questionTexts(dutch)).to.deep.equal(DUTCH_QUESTIONS);
    expect(contentLang(el)).to.equal('en');
    expect(contentLang(dutch)).to.equal('nl');
  });

  it('switches language at run time through the lang property and attribute, keeping open answers', async () => {
    const el = await faq('<mensenhandel-faq open="2"></mensenhandel-faq>');
    el.lang = 'en';
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('en');
    expect(questionTexts(el)).to.deep.equal(ENGLISH_QUESTIONS);
    expect(contentLang(el)).to.equal('en');
    expect(el.shadowRoot!.getElementById('question-2')!.getAttribute('aria-expanded')).to.equal('true');
    el.setAttribute('lang', 'nl');
    await el.updateComplete;
    expect(questionTexts(el)).to.deep.equal(DUTCH_QUESTIONS);
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(contentLang(el)).to.equal(document.documentElement.lang ? contentLang(el) : 'nl');
  });

  it('the last of several quick switches wins', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    el.lang = 'en';
    el.lang = 'nl';
    el.lang = 'en';
    await el.updateComplete;
    expect(questionTexts(el)).to.deep.equal(ENGLISH_QUESTIONS);
    el.lang = 'nl';
    await el.updateComplete;
    expect(questionTexts(el)).to.deep.equal(DUTCH_QUESTIONS);
  });

  it('updateComplete resolves only once the new language is on screen', async () => {
    const el = document.createElement('mensenhandel-faq');
    el.lang = 'en';
    document.body.append(el);
    await el.updateComplete;
    expect(title(el)).to.equal('The 6 most frequently asked questions about human trafficking');
    el.remove();
  });
});
