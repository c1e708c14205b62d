// Lifecycle as real pages cause it: late upgrade, created by script, moved, removed and re-added.
import { expect, fixture } from '@open-wc/testing';
import { DUTCH_QUESTIONS, ENGLISH_QUESTIONS, loadPage, openIds, questionButtons, questionTexts, type Faq } from './helpers.js';

/** Counts listeners added and removed on window and document while `run` runs. */
async function countGlobalListeners(run: () => Promise<void>): Promise<number> {
  const targets = [window, document] as EventTarget[];
  const originals = targets.map((target) => [target.addEventListener, target.removeEventListener] as const);
  let net = 0;
  targets.forEach((target, i) => {
    const [add, remove] = originals[i]!;
    target.addEventListener = function (...args: Parameters<EventTarget['addEventListener']>) {
      net++;
      return add.apply(this, args);
    };
    target.removeEventListener = function (...args: Parameters<EventTarget['removeEventListener']>) {
      net--;
      return remove.apply(this, args);
    };
  });
  try {
    await run();
  } finally {
    targets.forEach((target, i) => {
      [target.addEventListener, target.removeEventListener] = originals[i]!;
    });
  }
  return net;
}

describe('lifecycle', () => {
  it('upgrades an element that was in the page before the script, keeping properties set before', async () => {
    const frame = await loadPage({ srcdoc: '<!doctype html><html lang="nl"><body><mensenhandel-faq open="1"></mensenhandel-faq></body></html>' });
    const el = frame.document.querySelector('mensenhandel-faq') as Faq;
    Object.assign(el, { questions: '4 1', theme: 'dark' });
    expect(el.shadowRoot).to.be.null;
    const script = Object.assign(frame.document.createElement('script'), { type: 'module', src: '/dist/mensenhandel-faq.js' });
    frame.document.head.append(script);
    await frame.customElements.whenDefined('mensenhandel-faq');
    await el.updateComplete;
    expect(questionTexts(el)).to.deep.equal([DUTCH_QUESTIONS[3], DUTCH_QUESTIONS[0]]);
    expect(openIds(el)).to.deep.equal([1]);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.classList.contains('dark')).to.be.true;
  });

  it('works when created with document.createElement and configured before it is attached', async () => {
    const el = document.createElement('mensenhandel-faq');
    el.lang = 'en';
    el.open = 'all';
    el.hideTitle = true;
    const container = await fixture<HTMLElement>('<div></div>');
    container.append(el);
    await el.updateComplete;
    expect(questionTexts(el)).to.deep.equal(ENGLISH_QUESTIONS);
    expect(openIds(el)).to.deep.equal([1, 2, 3, 4, 5, 6]);
  });

  it('keeps its state when moved between parents, and follows the new parent’s language', async () => {
    const container = await fixture<HTMLElement>('<div><div lang="nl" id="a"><mensenhandel-faq></mensenhandel-faq></div><div lang="en" id="b"></div></div>');
    const el = container.querySelector('mensenhandel-faq') as Faq;
    await el.updateComplete;
    questionButtons(el)[2]!.click();
    container.querySelector('#b')!.append(el);
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([3]);
    expect(questionTexts(el)).to.deep.equal(ENGLISH_QUESTIONS);
    // The text in the light DOM says so too: there the new parent's lang would otherwise apply.
    for (const text of el.querySelectorAll(':scope > [slot]')) expect(text.getAttribute('lang'), text.slot).to.equal('en');
  });

  it('survives 1,000 removals and re-additions with no error and no listener left on window or document', async function () {
    this.timeout(60000);
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const container = await fixture<HTMLElement>('<div><div id="a"></div><div id="b"></div></div>');
    // With every feature that listens to the page: links (hashchange), quick exit (keydown).
    const el = Object.assign(document.createElement('mensenhandel-faq'), { id: 'cycle', languages: 'all', exitUrl: 'https://example.org/' });
    const net = await countGlobalListeners(async () => {
      for (let i = 0; i < 1000; i++) {
        container.querySelector(i % 2 ? '#a' : '#b')!.append(el);
        if (i % 100 === 0) {
          await el.updateComplete;
          questionButtons(el)[i % 6]!.click();
        }
        el.remove();
      }
    });
    window.removeEventListener('error', onError);
    expect(net).to.equal(0);
    expect(errors).to.deep.equal([]);
    container.append(el);
    await el.updateComplete;
    expect(questionButtons(el)).to.have.length(6);
  });
});
