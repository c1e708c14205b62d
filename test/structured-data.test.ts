// structured-data: one FAQPage JSON-LD script in the document for the shown questions.
import { executeServerCommand } from '@web/test-runner-commands';
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { DUTCH_QUESTIONS, ENGLISH_QUESTIONS, faq, loadPage, type Faq } from './helpers.js';

interface FaqPage {
  '@type': string;
  mainEntity: { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[];
}
const scripts = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
const data = (): FaqPage => {
  expect(scripts()).to.have.length(1);
  return JSON.parse(scripts()[0]!.textContent!);
};
const names = () => data().mainEntity.map((q) => q.name);

describe('structured data', () => {
  afterEach(() => {
    fixtureCleanup();
    expect(scripts(), 'removed with the elements').to.have.length(0);
  });

  it('is absent without the attribute', async () => {
    await faq('<mensenhandel-faq></mensenhandel-faq>');
    expect(scripts()).to.be.empty;
  });

  it('adds one FAQPage with the shown questions and plain-text answers', async () => {
    await faq('<mensenhandel-faq structured-data></mensenhandel-faq>');
    const page = data();
    expect(page['@type']).to.equal('FAQPage');
    expect(names()).to.deep.equal(DUTCH_QUESTIONS);
    for (const question of page.mainEntity) {
      expect(question['@type']).to.equal('Question');
      expect(question.acceptedAnswer['@type']).to.equal('Answer');
      expect(question.acceptedAnswer.text.length).to.be.greaterThan(50);
      expect(question.acceptedAnswer.text).not.to.match(/[<>]/);
    }
    expect(page.mainEntity[5]!.acceptedAnswer.text).to.contain('Signalen herkennen');
    expect(scripts()[0]!.parentElement).to.equal(document.head);
  });

  it('follows the shown questions and the language', async () => {
    const el = await faq('<mensenhandel-faq structured-data questions="5 1"></mensenhandel-faq>');
    expect(names()).to.deep.equal([DUTCH_QUESTIONS[4], DUTCH_QUESTIONS[0]]);
    el.lang = 'en';
    await el.updateComplete;
    expect(names()).to.deep.equal([ENGLISH_QUESTIONS[4], ENGLISH_QUESTIONS[0]]);
    el.questions = '2';
    await el.updateComplete;
    expect(names()).to.deep.equal([ENGLISH_QUESTIONS[1]]);
  });

  it('is removed with the element, and when the attribute goes', async () => {
    const el = await faq('<mensenhandel-faq structured-data></mensenhandel-faq>');
    expect(scripts()).to.have.length(1);
    el.structuredData = false;
    await el.updateComplete;
    expect(scripts()).to.be.empty;
    el.structuredData = true;
    await el.updateComplete;
    expect(scripts()).to.have.length(1);
    el.remove();
    expect(scripts()).to.be.empty;
  });

  it('is not written where the page is being edited (the WordPress admin, a contenteditable region)', async () => {
    const root = await fixture<HTMLElement>(
      '<div><div class="wp-admin"><mensenhandel-faq structured-data></mensenhandel-faq></div><div contenteditable="true"><mensenhandel-faq structured-data></mensenhandel-faq></div></div>',
    );
    for (const el of root.querySelectorAll<Faq>('mensenhandel-faq')) await el.updateComplete;
    expect(scripts()).to.be.empty;
  });

  it('two widgets never produce duplicates', async () => {
    const root = await fixture<HTMLElement>(
      '<div><mensenhandel-faq structured-data></mensenhandel-faq><mensenhandel-faq structured-data questions="1 2"></mensenhandel-faq><mensenhandel-faq structured-data lang="en" questions="3"></mensenhandel-faq></div>',
    );
    for (const el of root.querySelectorAll<Faq>('mensenhandel-faq')) await el.updateComplete;
    expect(names()).to.deep.equal([...DUTCH_QUESTIONS, ENGLISH_QUESTIONS[2]]);
    root.querySelector('mensenhandel-faq')!.remove();
    expect(names()).to.deep.equal([DUTCH_QUESTIONS[0], DUTCH_QUESTIONS[1], ENGLISH_QUESTIONS[2]]);
  });

  it('is written under Trusted Types (require-trusted-types-for \'script\'), with no violation', async () => {
    // A page whose policy makes every script-text sink need a TrustedScript (Chromium enforces it).
    const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'"><script src="/test/fixtures/record-csp-violations.js"></script><script type="module" src="/dist/mensenhandel-faq.js"></script></head><body><mensenhandel-faq structured-data questions="2"></mensenhandel-faq></body></html>`;
    await executeServerCommand('serve-page', { path: '/test/fixtures/trusted-types.html', html });
    const frame = await loadPage<{ cspViolations: string[] }>('/test/fixtures/trusted-types.html');
    const script = frame.document.head.querySelector('script[type="application/ld+json"]');
    expect(script, 'the JSON-LD in the head').to.exist;
    expect(JSON.parse(script!.textContent!).mainEntity.map((q: { name: string }) => q.name)).to.deep.equal([DUTCH_QUESTIONS[1]]);
    expect(frame.cspViolations).to.deep.equal([]);
  });
});
