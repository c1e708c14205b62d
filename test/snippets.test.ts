// dist/snippets/<lang>.html: the widget prerendered as declarative shadow DOM, readable with
// JavaScript off; where the script runs, the element takes it over without a flash or a shift.
import { expect } from '@open-wc/testing';
import { ENGLISH_QUESTIONS, hostPage, LANGUAGES, loadPage, openIds, questionButtons, questionTexts, type Faq } from './helpers.js';

const snippet = async (lang: string) => (await fetch(`/dist/snippets/${lang}.html`)).text();

/** A page with the snippet, with JavaScript off. */
const withoutJavaScript = (markup: string) =>
  loadPage({ srcdoc: `<!doctype html><html lang="nl"><body>${markup}</body></html>` }, { javascript: false });

describe('prerendered snippets', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: every question and answer is readable with JavaScript off`, async () => {
      const frame = await withoutJavaScript(await snippet(lang));
      const el = frame.document.querySelector('mensenhandel-faq')!;
      expect(frame.customElements.get('mensenhandel-faq')).to.be.undefined;
      const root = el.shadowRoot!;
      expect(root, 'declarative shadow root').to.exist;
      expect(root.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal(lang);
      const questions = [...root.querySelectorAll('[part~="question"]')];
      const answers = [...root.querySelectorAll<HTMLElement>('[part~="answer"]')];
      expect(questions).to.have.length(6);
      expect(answers).to.have.length(6);
      for (const answer of answers) {
        expect(answer.checkVisibility(), answer.id).to.be.true;
        expect(answer.textContent!.trim().length).to.be.greaterThan(40);
      }
      expect(root.querySelector('[part~="more-info"] a')).to.exist;
    });
  }

  it('is taken over by the script in place: same content, no duplicate, same size, interactive', async () => {
    const markup = await snippet('en');
    const still = await withoutJavaScript(markup);
    const before = still.document.querySelector('mensenhandel-faq')!.getBoundingClientRect().height;
    const frame = await loadPage({ srcdoc: hostPage(markup) });
    const el = frame.document.querySelector('mensenhandel-faq') as Faq;
    await el.updateComplete;
    expect(questionTexts(el)).to.deep.equal(ENGLISH_QUESTIONS);
    expect(el.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('style')).to.have.length(0);
    expect(Math.abs(el.getBoundingClientRect().height - before)).to.be.below(1);
    questionButtons(el)[0]!.click();
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([2, 3, 4, 5, 6]);
  });

  it('shows the host’s own help block after the answers with JavaScript off, and in the labelled section once the script runs', async () => {
    const markup = (await snippet('pl')).replace('</template>', '</template><div slot="help">Zadzwoń: 0800-0000</div>');
    const still = await withoutJavaScript(markup);
    const block = still.document.querySelector<HTMLElement>('[slot="help"]')!;
    expect(block.assignedSlot, 'assigned to the prerendered slot').to.exist;
    expect(block.checkVisibility()).to.be.true;
    const root = still.document.querySelector('mensenhandel-faq')!.shadowRoot!;
    expect(root.querySelector('[part~="more-info"]')!.compareDocumentPosition(block.assignedSlot!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    const frame = await loadPage({ srcdoc: hostPage(markup) });
    const el = frame.document.querySelector('mensenhandel-faq') as Faq;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="help"] slot')).to.exist;
    expect(el.querySelector<HTMLElement>('[slot="help"]')!.assignedSlot!.closest('[part~="help"]')).to.exist;
  });
});
