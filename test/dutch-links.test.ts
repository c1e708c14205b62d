// Every linked site is Dutch. In a widget in another language the links say so: to machines with
// hreflang="nl", to people with a short note in the widget's language right after each link
// (part of the translated sentence, so translators place it). A Dutch widget marks nothing.
import { expect } from '@open-wc/testing';
import { DEFAULT_CONFIG, embed, FALLBACK } from '../src/embed/index.js';
import { all, faq, one, shownText, TRANSLATIONS } from './helpers.js';

/** "(in Dutch)" in each translation, as its translator wrote it. */
const NOTES: Record<string, string> = {
  en: '(in Dutch)',
  pl: '(po niderlandzku)',
  ro: '(în neerlandeză)',
  bg: '(на нидерландски)',
  uk: '(нідерландською)',
  ar: '(باللغة الهولندية)',
  fr: '(en néerlandais)',
  es: '(en neerlandés)',
  hu: '(holland nyelven)',
  vi: '(bằng tiếng Hà Lan)',
  zh: '（荷兰语）',
  pt: '(em holandês)',
  ru: '(на нидерландском)',
};

/** The text that follows a link in its paragraph, without the quotes around the link. */
function textAfter(link: Element): string {
  let text = '';
  for (let node = link.nextSibling; node; node = node.nextSibling) if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
  return text.replace(/^[\s’”“»«‘"„」』]+/, '');
}

describe('links to Dutch sites', () => {
  it('every translation has its note', () => {
    expect(Object.keys(NOTES)).to.have.members(TRANSLATIONS);
  });

  it('in a Dutch widget: no hreflang, no note', async () => {
    const el = await faq('<mensenhandel-faq lang="nl" open="6"></mensenhandel-faq>');
    const links = all<HTMLAnchorElement>(el, 'a');
    expect(links).to.have.length(3);
    for (const link of links) {
      expect(link.hasAttribute('hreflang')).to.be.false;
      expect(textAfter(link)).not.to.match(/^\(/);
    }
  });

  for (const [lang, note] of Object.entries(NOTES)) {
    it(`${lang}: every link has hreflang="nl" and is followed by "${note}"`, async () => {
      const el = await faq(`<mensenhandel-faq lang="${lang}" open="6"></mensenhandel-faq>`);
      const links = all<HTMLAnchorElement>(el, 'a');
      expect(links).to.have.length(3);
      for (const link of links) {
        expect(link.getAttribute('hreflang'), link.href).to.equal('nl');
        expect(textAfter(link).startsWith(note), `${link.href}: "${textAfter(link)}"`).to.be.true;
      }
    });
  }

  describe("the embed's fallback link (shown where the script never runs)", () => {
    const SCRIPT = new URL('/dist/mensenhandel-faq.js', location.href).href;
    /** The fallback of the configurator's embed in a language: the markup after the prerendered content. */
    const fallbackOf = async (lang?: string) => {
      const { body } = await embed({ ...DEFAULT_CONFIG, scriptUrl: SCRIPT, lang }, new URL('/dist/', location.href));
      return body.split('\n').find((line) => line.startsWith('  <a '))!.slice(2);
    };

    it('Dutch (and with no lang): the fallback is the block’s, with no hreflang and no note, and without a referrer', async () => {
      expect(await fallbackOf('nl')).to.equal(FALLBACK);
      expect(await fallbackOf()).to.equal(FALLBACK);
      expect(new DOMParser().parseFromString(FALLBACK, 'text/html').querySelector('a')!.rel).to.equal('noreferrer');
    });

    for (const [lang, note] of Object.entries(NOTES)) {
      it(`${lang}: the fallback names the questions in ${lang}, has hreflang="nl" and is followed by "${note}"`, async () => {
        const el = await faq(`<mensenhandel-faq lang="${lang}"></mensenhandel-faq>`);
        const title = shownText(one(el, '#title')).trim();
        const markup = await fallbackOf(lang);
        const holder = document.createElement('div');
        holder.innerHTML = markup;
        const link = holder.querySelector('a')!;
        expect(link.getAttribute('href')).to.equal(new DOMParser().parseFromString(FALLBACK, 'text/html').querySelector('a')!.getAttribute('href'));
        expect(link.getAttribute('hreflang')).to.equal('nl');
        expect(link.rel, 'no referrer, as every link in the widget').to.equal('noreferrer');
        expect(link.textContent).to.equal(title);
        expect(link.textContent).not.to.equal('De 6 meest gestelde vragen over mensenhandel');
        expect(textAfter(link).trim()).to.equal(note);
      });
    }

    it('with the title hidden, still names the questions', async () => {
      const { body } = await embed({ ...DEFAULT_CONFIG, scriptUrl: SCRIPT, lang: 'en', hideTitle: true }, new URL('/dist/', location.href));
      expect(body).to.contain('\n  <a href="https://maakhetzichtbaar.nl/wat-is-mensenhandel/" hreflang="nl" rel="noreferrer">The 6 most frequently asked questions about human trafficking</a> (in Dutch)\n');
    });
  });
});
