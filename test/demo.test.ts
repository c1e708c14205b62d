// The demo configurator, used as a Dutch site editor would: by mouse and keyboard, then pasting
// its snippet into a blank page.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setUpConfigurator } from '../demo/configurator.js';
import { FALLBACK } from '../demo/snippet.js';
import { loadPage, one, openIds, questionButtons, questionTexts, type Faq } from './helpers.js';

async function demo(): Promise<HTMLElement> {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
  const root = await fixture<HTMLElement>('<div></div>');
  root.append(...page.body.children);
  setUpConfigurator(root);
  return root;
}

const snippetOf = (root: HTMLElement) => root.querySelector('#snippet')!.textContent!;
const preview = (root: HTMLElement) => root.querySelector<Faq>('#preview mensenhandel-faq')!;
const control = <T extends HTMLElement = HTMLInputElement>(root: HTMLElement, selector: string) => root.querySelector<T>(selector)!;
function set(input: HTMLInputElement | HTMLSelectElement, value: string | boolean) {
  if (typeof value === 'boolean') (input as HTMLInputElement).checked = value;
  else input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('demo configurator', () => {
  it('starts with the plain snippet: script tag plus element, pointing at the built file', async () => {
    const root = await demo();
    expect(snippetOf(root)).to.equal(
      `<script type="module" src="${location.origin}/dist/mensenhandel-faq.js" blocking="render"></script>\n<mensenhandel-faq>\n  ${FALLBACK}\n</mensenhandel-faq>`,
    );
    await preview(root).updateComplete;
    expect(questionTexts(preview(root))).to.have.length(6);
  });

  it('passes axe, the live widget included', async () => {
    const root = await demo();
    await preview(root).updateComplete;
    await expect(root).to.be.accessible();
  });

  it('writes every choice into the snippet and the live widget', async () => {
    const root = await demo();
    set(control<HTMLSelectElement>(root, '#lang'), 'en');
    set(control(root, 'input[name="theme"][value="dark"]'), true);
    set(control(root, 'li[data-id="3"] input[name="show"]'), false);
    set(control(root, 'li[data-id="2"] input[name="open"]'), true);
    set(control(root, 'input[name="single"]'), true);
    set(control<HTMLSelectElement>(root, '#headingLevel'), '3');
    set(control(root, 'input[name="hideTitle"]'), true);
    set(control(root, 'input[name="hideExpandAll"]'), true);
    set(control(root, 'input[name="languageMenu"]'), true);
    set(control(root, '#id'), 'faq');
    set(control(root, '#exitUrl'), 'https://www.buienradar.nl/');
    set(control(root, 'input[name="structuredData"]'), true);
    expect(snippetOf(root).split('\n')[1]).to.equal(
      '<mensenhandel-faq id="faq" lang="en" theme="dark" questions="1 2 4 5 6" open="2" single heading-level="3" hide-title hide-expand-all languages="all" exit-url="https://www.buienradar.nl/" structured-data>',
    );
    const el = preview(root);
    await el.updateComplete;
    expect(questionTexts(el)).to.have.length(5);
    expect(openIds(el)).to.deep.equal([2]);
    expect(one(el, '[part~="language-menu"]')).to.exist;
    expect(one(el, '[part~="quick-exit"]')).to.exist;
    expect(one(el, '#answer-2 [part~="copy-link"]')).to.exist;
    el.remove();
  });

  it('reorders questions by keyboard, keeping focus on the moved control', async () => {
    const root = await demo();
    const down = control<HTMLButtonElement>(root, 'li[data-id="1"] button[data-move="down"]');
    down.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(down);
    const up = control<HTMLButtonElement>(root, 'li[data-id="6"] button[data-move="up"]');
    up.focus();
    await sendKeys({ press: ' ' });
    expect(snippetOf(root)).to.contain('questions="2 3 1 4 6 5"');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    expect(snippetOf(root)).to.contain('questions="2 3 1 4 5 6"');
  });

  it('the snippet, pasted into a blank page, produces the configured widget', async () => {
    const root = await demo();
    set(control<HTMLSelectElement>(root, '#lang'), 'ar');
    set(control(root, 'li[data-id="5"] input[name="open"]'), true);
    control<HTMLButtonElement>(root, 'li[data-id="5"] button[data-move="up"]').click();
    const frame = await loadPage({ srcdoc: snippetOf(root) });
    const el = frame.document.querySelector('mensenhandel-faq') as Faq;
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(openIds(el)).to.deep.equal([5]);
    expect(questionButtons(el).map((button) => button.id)).to.deep.equal(['question-1', 'question-2', 'question-3', 'question-5', 'question-4', 'question-6']);
    expect(el.getAttribute('questions')).to.equal('1 2 3 5 4 6');
  });

  it('the copy button reports what happened, politely', async () => {
    const root = await demo();
    control<HTMLButtonElement>(root, '#copy').click();
    const status = control(root, '#copy-status');
    await waitUntil(() => status.textContent !== '', 'no status');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.be.oneOf(['Gekopieerd.', 'Kopiëren lukte niet: selecteer de code en kopieer die zelf.']);
  });

  it('reflows at 320 CSS px without horizontal scrolling', async () => {
    const frame = await loadPage('/demo/index.html', { width: 320, height: 700 });
    await frame.customElements.whenDefined('mensenhandel-faq');
    expect(frame.document.querySelector('#snippet')!.textContent).to.contain('<mensenhandel-faq>\n');
    expect(frame.document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('the house-style picker shows the preview in a real portal theme, without changing the snippet', async () => {
    const root = await demo();
    const before = snippetOf(root);
    const picker = control<HTMLSelectElement>(root, '#houseStyle');
    expect([...picker.options].map((option) => option.value)).to.deep.equal(['', 'utrecht', 'rijkshuisstijl', 'nijmegen', 'voorbeeld', 'rotterdam', 'denhaag', 'amsterdam']);
    const own = getComputedStyle(questionButtons(preview(root))[0]!).color;
    set(picker, 'amsterdam');
    await waitUntil(() => root.querySelector('#preview')!.classList.contains('ams-theme'));
    await preview(root).updateComplete;
    // Amsterdam's interactive blue (--ams-color-interactive), from @amsterdam/design-system-tokens.
    expect(getComputedStyle(questionButtons(preview(root))[0]!).color).to.equal('rgb(0, 70, 153)');
    expect(snippetOf(root)).to.equal(before);
    set(picker, '');
    await waitUntil(() => !root.querySelector('#preview')!.className.includes('theme'));
    await preview(root).updateComplete;
    expect(getComputedStyle(questionButtons(preview(root))[0]!).color).to.equal(own);
  });

  it('puts the partner’s own help text in the snippet, escaped, and shows it under the answers', async () => {
    const root = await demo();
    const help = control<HTMLTextAreaElement>(root, '#help');
    help.value = 'Bel <b>gratis</b> & "snel":\n0800-0000';
    help.dispatchEvent(new Event('input', { bubbles: true }));
    expect(snippetOf(root)).to.contain('<p slot="help">Bel &lt;b&gt;gratis&lt;/b&gt; &amp; &quot;snel&quot;:<br>\n  0800-0000</p>');
    const widget = preview(root);
    await widget.updateComplete;
    const block = widget.querySelector('[slot="help"]')!;
    expect(block.querySelector('b')).to.be.null;
    expect(block.textContent).to.equal('Bel <b>gratis</b> & "snel":\n  0800-0000');
    expect(widget.shadowRoot!.querySelector('[part~="help"]')).to.exist;
  });
});
