import { expect } from '@open-wc/testing';
import { all, captureWarnings, DUTCH_QUESTIONS, faq, questionButtons, questionTexts, settle } from './helpers.js';

declare global {
  interface Window {
    pwned?: number;
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.pwned=1">',
  '"><script>window.pwned=1</script>',
  '<b>1</b>',
  'javascript:window.pwned=1',
  '{{1}}${1}',
];
const ATTRIBUTES = ['lang', 'theme', 'questions', 'open', 'heading-level'];

describe('safety: input is never markup', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
    delete window.pwned;
  });
  afterEach(() => warnings.restore());

  for (const attribute of ATTRIBUTES) {
    it(`markup in ${attribute} is neither rendered nor run, and the widget still renders`, async () => {
      for (const payload of PAYLOADS) {
        const el = document.createElement('mensenhandel-faq');
        el.setAttribute(attribute, payload);
        document.body.append(el);
        await el.updateComplete;
        expect(all(el, 'img, script, b, [onerror]'), payload).to.be.empty;
        expect(questionButtons(el).length, payload).to.be.greaterThan(0);
        expect(el.shadowRoot!.innerHTML).not.to.contain('<img');
        expect(el.innerHTML).not.to.contain('<img');
        el.remove();
      }
      await settle(50);
      expect(window.pwned).to.be.undefined;
      expect(warnings.about('mensenhandel-faq').length).to.be.greaterThan(0);
    });
  }

  it('markup set through properties is neither rendered nor run', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    for (const payload of PAYLOADS) {
      Object.assign(el, { theme: payload, questions: payload, open: payload, headingLevel: payload });
      el.lang = payload;
      await el.updateComplete;
      expect(all(el, 'img, script, b')).to.be.empty;
      expect(questionTexts(el)).to.deep.equal(DUTCH_QUESTIONS);
    }
    expect(window.pwned).to.be.undefined;
  });

  it('wrong property types do not throw or blank the widget', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    const unprintable = { toString: 'not a function', valueOf: null };
    for (const value of [null, undefined, 42, {}, [], true, NaN, unprintable, Symbol('x')]) {
      Object.assign(el, { theme: value, questions: value, open: value, headingLevel: value });
      await el.updateComplete;
      expect(questionButtons(el).length, typeof value).to.be.greaterThan(0);
    }
  });
});

describe('safety: the script-tag file', () => {
  const entryUrl = new URL('../dist/mensenhandel-faq.js', import.meta.url).href;

  it('defines the element it exports', async () => {
    const { MensenhandelFaq } = await import(/* @vite-ignore */ entryUrl);
    expect(customElements.get('mensenhandel-faq')).to.equal(MensenhandelFaq);
  });

  it('can be loaded twice, even under another URL, without an error', async () => {
    const defined = customElements.get('mensenhandel-faq');
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const second = await import(/* @vite-ignore */ `${entryUrl}?v=2`);
      // A second copy of the module, with a class of its own, which it did not define.
      expect(second.MensenhandelFaq).not.to.equal(defined);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.be.empty;
    expect(customElements.get('mensenhandel-faq')).to.equal(defined);
    const el = await faq('<mensenhandel-faq lang="en"></mensenhandel-faq>');
    expect(questionButtons(el)).to.have.length(6);
  });
});
