// Quick exit (exit-url): a button, and Shift three times, replace the page with the exit address.
import { expect } from '@open-wc/testing';
import { all, captureWarnings, faq, hostPage, loadPage, one, type Faq, settle } from './helpers.js';

const TARGET = '/test/fixtures/exit-target.html';

async function hostWithExit(attributes = '') {
  const frame = await loadPage({ srcdoc: hostPage(`<mensenhandel-faq exit-url="${location.origin}${TARGET}" ${attributes}></mensenhandel-faq>`) });
  const el = frame.document.querySelector('mensenhandel-faq') as Faq;
  const frameElement = frame.frameElement as HTMLIFrameElement;
  const left = new Promise<void>((resolve) => frameElement.addEventListener('load', () => resolve(), { once: true }));
  return { frame, el, frameElement, left };
}
const shift = (frame: Window, key = 'Shift') => {
  const FrameKeyboardEvent = (frame as Window & typeof globalThis).KeyboardEvent;
  frame.document.body.dispatchEvent(new FrameKeyboardEvent('keydown', { key, bubbles: true }));
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

  it('replaces the page with the exit address: Back does not return', async () => {
    const { frame, el, frameElement, left } = await hostWithExit();
    const history = frame.history.length;
    one(el, '[part~="quick-exit"]').click();
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
    await settle(300);
    expect(frame.location.href).to.equal('about:srcdoc');
  });

  it('stops listening when the widget is removed', async () => {
    const { frame, el } = await hostWithExit();
    el.remove();
    shift(frame);
    shift(frame);
    shift(frame);
    await settle(300);
    expect(frame.location.href).to.equal('about:srcdoc');
  });
});
