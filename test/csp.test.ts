import { expect } from '@open-wc/testing';
import { ENGLISH_QUESTIONS, questionTexts, type Faq } from './helpers.js';

/** Loads a page in an iframe and waits for its widgets to render. */
async function loadPage(src: string): Promise<Window & { cspViolations: string[] }> {
  const iframe = document.createElement('iframe');
  iframe.src = src;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  const frame = iframe.contentWindow as Window & { cspViolations: string[] };
  await frame.customElements.whenDefined('mensenhandel-faq');
  for (const el of frame.document.querySelectorAll('mensenhandel-faq')) await (el as Faq).updateComplete;
  return frame;
}

describe('strict Content-Security-Policy', () => {
  it('renders and styles both widgets under default-src \'self\' with no violation', async () => {
    const frame = await loadPage('/test/fixtures/strict-csp.html');
    const [dutch, english] = [...frame.document.querySelectorAll('mensenhandel-faq')] as Faq[];
    expect(questionTexts(english!)).to.deep.equal(ENGLISH_QUESTIONS);
    const base = dutch!.shadowRoot!.querySelector('[part~="base"]')!;
    // The styles applied: the light theme's question colour, the dark theme's background.
    expect(frame.getComputedStyle(dutch!.shadowRoot!.querySelector('[part~="question"]')!).color).to.equal('rgb(21, 66, 115)');
    expect(frame.getComputedStyle(english!.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor).to.equal('rgb(23, 25, 29)');
    expect(base.querySelectorAll('[part~="answer"]:not([hidden])')).to.have.length(6);
    expect(frame.cspViolations).to.deep.equal([]);
  });

  it('the probe does record violations (the check above can fail)', async () => {
    const frame = await loadPage('/test/fixtures/strict-csp.html');
    const style = frame.document.createElement('div');
    style.setAttribute('onclick', 'void 0');
    frame.document.body.append(style);
    style.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(frame.cspViolations.length).to.be.greaterThan(0);
  });
});
