import { expect, waitUntil } from '@open-wc/testing';
import { ENGLISH_QUESTIONS, loadPage, questionTexts, type Faq } from './helpers.js';

describe('strict Content-Security-Policy', () => {
  it('renders and styles both widgets under default-src \'self\' with no violation', async () => {
    const frame = await loadPage<{ cspViolations: string[] }>('/test/fixtures/strict-csp.html');
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
    const frame = await loadPage<{ cspViolations: string[] }>('/test/fixtures/strict-csp.html');
    const style = frame.document.createElement('div');
    style.setAttribute('onclick', 'void 0');
    frame.document.body.append(style);
    style.click();
    await waitUntil(() => frame.cspViolations.length > 0, 'no violation recorded');
  });
});
