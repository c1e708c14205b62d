// Quick exit (exit-url): a button, and Shift three times, replace the page with the exit address.
import { expect } from '@open-wc/testing';
import { all, captureWarnings, faq, hostPage, loadPage, one, type Faq, settle } from './helpers.js';

const TARGET = '/test/fixtures/exit-target.html';

/**
 * A host page with the widget, in a frame that may not navigate this test's page: quick exit
 * leaves the frame there (test/node/quick-exit-journeys.test.mjs: the whole tab elsewhere).
 */
async function hostWithExit(attributes = '', around = (widget: string) => widget) {
  const frame = await loadPage({ srcdoc: hostPage(around(`<mensenhandel-faq exit-url="${location.origin}${TARGET}" ${attributes}></mensenhandel-faq>`)) }, { topNavigation: false });
  const el = frame.document.querySelector('mensenhandel-faq') as Faq;
  const frameElement = frame.frameElement as HTMLIFrameElement;
  const left = new Promise<void>((resolve) => frameElement.addEventListener('load', () => resolve(), { once: true }));
  return { frame, el, frameElement, left };
}
/** A key pressed and released in the frame (Shift by default); `between`, what happens while it is down. */
const shift = (frame: Window, key = 'Shift', between = () => {}) => {
  const FrameKeyboardEvent = (frame as Window & typeof globalThis).KeyboardEvent;
  const shiftKey = key === 'Shift';
  frame.document.body.dispatchEvent(new FrameKeyboardEvent('keydown', { key, shiftKey, bubbles: true }));
  between();
  frame.document.body.dispatchEvent(new FrameKeyboardEvent('keyup', { key, bubbles: true }));
};
/** A Shift-click: the page's multi-select gesture, as in WordPress's block editor. */
const shiftClick = (frame: Window) =>
  shift(frame, 'Shift', () => {
    const FramePointerEvent = (frame as Window & typeof globalThis).PointerEvent;
    frame.document.body.dispatchEvent(new FramePointerEvent('pointerdown', { shiftKey: true, bubbles: true }));
  });
/** Stayed: the frame still shows the host page. */
const stayed = async (frame: Window) => {
  await settle(300);
  expect(frame.location.href).to.equal('about:srcdoc');
};

describe('quick exit', () => {
  it('is absent without exit-url', async () => {
    expect(all(await faq('<mensenhandel-faq></mensenhandel-faq>'), '[part~="quick-exit"]')).to.be.empty;
  });

  it('shows a clearly labelled button first, in the widget’s language', async () => {
    const dutch = await faq('<mensenhandel-faq exit-url="https://www.buienradar.nl/"></mensenhandel-faq>');
    const button = one(dutch, '[part~="quick-exit"]');
    expect(button.textContent!.trim()).to.equal('Snel weg');
    expect(dutch.shadowRoot!.querySelector('button')).to.equal(button);
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    const english = await faq('<mensenhandel-faq lang="en" exit-url="https://www.bbc.com/weather"></mensenhandel-faq>');
    expect(one(english, '[part~="quick-exit"]').textContent!.trim()).to.equal('Exit this page');
    await expect(dutch).to.be.accessible();
  });

  for (const bad of ['javascript:alert(1)', 'ftp://example.org/', '/relatief', 'geen adres', 'data:text/html,hoi']) {
    it(`refuses exit-url="${bad}" with a warning and shows no button`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await faq(`<mensenhandel-faq exit-url="${bad}"></mensenhandel-faq>`);
        expect(all(el, '[part~="quick-exit"]')).to.be.empty;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('mensenhandel-faq').and.contain('exit-url=').and.contain('https://');
      } finally {
        warnings.restore();
      }
    });
  }

  it('hides the page at once and replaces it with the exit address: Back does not return', async () => {
    const { frame, el, frameElement, left } = await hostWithExit();
    const history = frame.history.length;
    one(el, '[part~="quick-exit"]').click();
    // Before the browser has left: a white cover over the whole viewport.
    const cover = el.shadowRoot!.querySelector('.cover')!;
    expect(cover, 'the cover').to.exist;
    const { top, left: start, width, height } = cover.getBoundingClientRect();
    const { clientWidth, clientHeight } = frame.document.documentElement;
    expect([top, start, width, height]).to.deep.equal([0, 0, clientWidth, clientHeight]);
    expect(frame.getComputedStyle(cover).backgroundColor).to.equal('rgb(255, 255, 255)');
    await left;
    expect(frameElement.contentWindow!.location.pathname).to.equal(TARGET);
    expect(frameElement.contentWindow!.history.length).to.equal(history);
  });

  it('leaves no trace at the exit site: no referrer names this page', async () => {
    const { el, frameElement, left } = await hostWithExit();
    one(el, '[part~="quick-exit"]').click();
    await left;
    expect(frameElement.contentWindow!.location.pathname).to.equal(TARGET);
    expect(frameElement.contentDocument!.referrer).to.equal('');
  });

  it('leaves on Shift pressed three times', async () => {
    const { frame, frameElement, left } = await hostWithExit();
    shift(frame);
    shift(frame);
    shift(frame);
    await left;
    expect(frameElement.contentWindow!.location.pathname).to.equal(TARGET);
  });

  it('does not leave when another key comes between the Shift presses', async () => {
    const { frame } = await hostWithExit();
    shift(frame);
    shift(frame);
    shift(frame, 'a');
    shift(frame);
    await stayed(frame);
  });

  it('does not count a Shift-click (or Shift+key) as a press of Shift', async () => {
    const { frame } = await hostWithExit();
    shiftClick(frame);
    shiftClick(frame);
    shiftClick(frame);
    shift(frame);
    shift(frame, 'Shift', () => shift(frame, 'A'));
    shift(frame);
    await stayed(frame);
  });

  it('counts a Shift held down (repeating) as one press', async () => {
    const { frame, frameElement, left } = await hostWithExit();
    const FrameKeyboardEvent = (frame as Window & typeof globalThis).KeyboardEvent;
    shift(frame, 'Shift', () => frame.document.body.dispatchEvent(new FrameKeyboardEvent('keydown', { key: 'Shift', repeat: true, bubbles: true })));
    shift(frame);
    await settle(100);
    expect(frame.location.href, 'two presses so far').to.equal('about:srcdoc');
    shift(frame);
    await left;
    expect(frameElement.contentWindow!.location.pathname).to.equal(TARGET);
  });

  // A block's saved HTML reaches WordPress's editor when the block is invalid or unknown: an
  // author's exit address must not be able to send the editor's tab away.
  for (const [where, around] of [
    ['the WordPress admin', (widget: string) => `<div class="wp-admin"><div class="block-editor-warning">${widget}</div></div>`],
    ['the block editor’s canvas', (widget: string) => `<div class="editor-styles-wrapper">${widget}</div>`],
    ['a contenteditable region', (widget: string) => `<div contenteditable="true">${widget}</div>`],
  ] as const) {
    it(`never leaves from ${where}: not by Shift, not by its button`, async () => {
      const { frame, el } = await hostWithExit('', around);
      shift(frame);
      shift(frame);
      shift(frame);
      one(el, '[part~="quick-exit"]').click();
      await stayed(frame);
    });
  }

  it('stops listening when the widget is removed', async () => {
    const { frame, el } = await hostWithExit();
    el.remove();
    shift(frame);
    shift(frame);
    shift(frame);
    await stayed(frame);
  });
});
