// Shareable links: `#<id>-<n>` opens question n on load and on hashchange; open answers offer a
// "copy link" button that says how copying went.
import { expect, waitUntil } from '@open-wc/testing';
import { all, captureWarnings, faq, loadPage, one, openIds, type Faq } from './helpers.js';

const widget = (frame: Window, id: string) => frame.document.getElementById(id) as Faq;

describe('shareable links', () => {
  it('opens the linked question on load and scrolls it into view', async () => {
    const frame = await loadPage('/test/fixtures/deep-link.html#faq-3', { height: 400 });
    const el = widget(frame, 'faq');
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([3]);
    const top = el.shadowRoot!.getElementById('question-3')!.getBoundingClientRect().top;
    expect(frame.scrollY).to.be.greaterThan(100);
    expect(top).to.be.within(-1, 100);
    expect(openIds(widget(frame, 'other'))).to.deep.equal([]);
  });

  it('opens and focuses the linked question on hashchange', async () => {
    const frame = await loadPage('/test/fixtures/deep-link.html', { height: 400 });
    const el = widget(frame, 'faq');
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([]);
    frame.location.hash = '#faq-5';
    await new Promise((resolve) => frame.addEventListener('hashchange', resolve, { once: true }));
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'question-5', 'the followed question did not get focus');
    expect(openIds(el)).to.deep.equal([5]);
    expect(el.shadowRoot!.activeElement?.id).to.equal('question-5');
    frame.location.hash = '#other-2';
    await new Promise((resolve) => frame.addEventListener('hashchange', resolve, { once: true }));
    await widget(frame, 'other').updateComplete;
    expect(openIds(widget(frame, 'other'))).to.deep.equal([2]);
  });

  it('treats a malformed % in the address as no link: a warning naming the widget, no error, the widget works', async () => {
    const frame = await loadPage('/test/fixtures/deep-link.html', { height: 400 });
    const errors: string[] = [];
    frame.addEventListener('error', (event) => errors.push(event.message));
    frame.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    const warnings = captureWarnings();
    // The widget in the frame warns on the frame's console: collect it here.
    const frameConsole = (frame as Window & typeof globalThis).console;
    const original = frameConsole.warn;
    frameConsole.warn = console.warn;
    try {
      frame.location.hash = '#faq-%E0%A4%A';
      await new Promise((resolve) => frame.addEventListener('hashchange', resolve, { once: true }));
      const el = widget(frame, 'faq');
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(errors).to.deep.equal([]);
      expect(openIds(el)).to.deep.equal([]);
      // Once per widget with an id (the page has two).
      expect(warnings.about('location.hash')).to.have.length(2);
      expect(warnings.about('Accepted: #faq-1 to #faq-6')[0]).to.contain('<mensenhandel-faq>');
      expect(warnings.about('Accepted: #other-1 to #other-6')).to.have.length(1);
      frame.location.hash = '#faq-2';
      await new Promise((resolve) => frame.addEventListener('hashchange', resolve, { once: true }));
      await waitUntil(() => openIds(el).includes(2), 'a valid link after a malformed one');
    } finally {
      frameConsole.warn = original;
      warnings.restore();
    }
  });

  for (const hash of ['#faq-9', '#faq-0', '#faq', '#fa-3', '#faq-3-1']) {
    it(`ignores ${hash}`, async () => {
      const frame = await loadPage(`/test/fixtures/deep-link.html${hash}`);
      const el = widget(frame, 'faq');
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal([]);
    });
  }
});

describe('copy link to a question', () => {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  let copied: string[];
  function stubClipboard(works: boolean) {
    copied = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (works ? (copied.push(text), Promise.resolve()) : Promise.reject(new Error('denied'))) },
    });
  }
  afterEach(() => {
    delete (navigator as { clipboard?: unknown }).clipboard;
    if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
  });

  it('is absent without an id', async () => {
    expect(all(await faq('<mensenhandel-faq open="all"></mensenhandel-faq>'), '[part~="copy-link"]')).to.be.empty;
  });

  it('is in every answer of a widget with an id, shown when the answer is open', async () => {
    const el = await faq('<mensenhandel-faq id="vragen" open="2"></mensenhandel-faq>');
    const buttons = all(el, '[part~="copy-link"]');
    expect(buttons).to.have.length(6);
    expect(buttons.map((b) => b.checkVisibility())).to.deep.equal([false, true, false, false, false, false]);
    expect(buttons[1]!.textContent!.trim()).to.equal('Link naar deze vraag kopiëren');
    expect(buttons[1]!.getBoundingClientRect().height).to.be.at.least(44);
    // Its text is no answer: search engines leave it out of their snippets.
    for (const button of buttons) expect(button.closest('[data-nosnippet]'), 'data-nosnippet').to.exist;
  });

  it('copies the link to the question and says so, politely', async () => {
    stubClipboard(true);
    const el = await faq('<mensenhandel-faq id="vragen" open="4"></mensenhandel-faq>');
    one(el, '#answer-4 [part~="copy-link"]').click();
    await waitUntil(() => one(el, '#answer-4 [aria-live="polite"]').textContent !== '', 'no status');
    expect(copied).to.deep.equal([`${location.href.split('#')[0]}#vragen-4`]);
    const status = one(el, '#answer-4 [aria-live="polite"]');
    expect(status.textContent!.trim()).to.equal('De link is gekopieerd.');
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('shows the link to copy by hand when copying fails, in the widget’s language', async () => {
    stubClipboard(false);
    const el = await faq('<mensenhandel-faq id="questions" lang="en" open="1"></mensenhandel-faq>');
    one(el, '#answer-1 [part~="copy-link"]').click();
    await waitUntil(() => one(el, '#answer-1 [aria-live="polite"]').textContent !== '', 'no status');
    const status = one(el, '#answer-1 [aria-live="polite"]').textContent!;
    expect(status).to.contain(`#questions-1`);
    expect(status).not.to.contain('Kopiëren');
  });

  it('appears when an id is given at run time', async () => {
    const el = await faq('<mensenhandel-faq open="1"></mensenhandel-faq>');
    el.id = 'later';
    await el.updateComplete;
    expect(all(el, '[part~="copy-link"]')).to.have.length(6);
  });
});
