// The widget's text in its own light DOM (src/light-text.ts) follows what the widget shows: its
// question selection and order, its heading levels, its title; each change arrives in one task
// (no frame shows a mix), and text the page removed is written again at the next update.
import { expect } from '@open-wc/testing';
import { DUTCH_QUESTIONS, faq, ownText, questionButtons, type Faq } from './helpers.js';

/** The slots of the text, in the page's order. */
const slots = (el: Faq) => ownText(el).map((node) => node.slot);

/** Runs `change`, waits for the widget, and returns how many tasks the text's changes came in. */
async function batchesOf(el: Faq, change: () => void): Promise<number> {
  let batches = 0;
  const observer = new MutationObserver(() => batches++);
  observer.observe(el, { childList: true, subtree: true, characterData: true });
  change();
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  observer.disconnect();
  return batches;
}

describe('the text in the light DOM', () => {
  it('follows the question selection and its order, in one task', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    expect(await batchesOf(el, () => (el.questions = '6 1'))).to.equal(1);
    expect(slots(el)).to.deep.equal(['title', 'question-6', 'answer-6', 'question-1', 'answer-1', 'more-info']);
    expect(ownText(el)[1]!.textContent).to.equal(DUTCH_QUESTIONS[5]);
    // Lit updates the text in place: no second set of text, no stray start markers.
    el.questions = [2, 3];
    await el.updateComplete;
    expect(slots(el)).to.deep.equal(['title', 'question-2', 'answer-2', 'question-3', 'answer-3', 'more-info']);
    expect([...el.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).length, 'one start marker').to.equal(1);
  });

  it('follows the heading level and the title', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    el.headingLevel = 3;
    await el.updateComplete;
    expect(ownText(el).slice(0, 2).map((node) => node.localName)).to.deep.equal(['h3', 'h4']);
    el.hideTitle = true;
    await el.updateComplete;
    expect(slots(el)[0]).to.equal('question-1');
  });

  it('is written again when the page removed it, at the widget’s next update', async () => {
    const el = await faq('<mensenhandel-faq><p slot="help">Bel 0800-0000</p></mensenhandel-faq>');
    for (const node of ownText(el)) node.remove();
    questionButtons(el)[0]!.click();
    await el.updateComplete;
    expect(slots(el)).to.have.length(14);
    // The host's help block is the host's: never removed or rewritten.
    expect(el.querySelector(':scope > [slot="help"]')!.textContent).to.equal('Bel 0800-0000');
  });
});
