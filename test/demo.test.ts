// The demo configurator, used as a Dutch site editor would: by mouse and keyboard, then pasting
// its snippet into a blank page.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setUpConfigurator } from '../demo/configurator.js';
import { FALLBACK } from '../src/embed/config.js';
import { loadPage, one, openIds, questionButtons, questionTexts, type Faq } from './helpers.js';

let settled: () => Promise<unknown>;
/** The built script, as this test page serves it: what the code addresses once it is typed in. */
const SCRIPT = `${location.origin}/dist/mensenhandel-faq.js`;
/**
 * The demo page's content, set up, with the script's address typed in (unless `typed` is false);
 * `settled()` then waits for its latest code and preview.
 */
async function demo({ typed = true } = {}): Promise<HTMLElement> {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
  const root = await fixture<HTMLElement>('<div></div>');
  root.append(...page.body.children);
  settled = setUpConfigurator(root);
  await settled();
  if (typed) {
    set(control(root, '#scriptUrl'), SCRIPT);
    await settled();
  }
  return root;
}

const headOf = (root: HTMLElement) => root.querySelector('#snippet-head')!.textContent!;
const snippetOf = (root: HTMLElement) => root.querySelector('#snippet-body')!.textContent!;
const preview = (root: HTMLElement) => root.querySelector<Faq>('#preview mensenhandel-faq')!;
const control = <T extends HTMLElement = HTMLInputElement>(root: HTMLElement, selector: string) => root.querySelector<T>(selector)!;
function set(input: HTMLInputElement | HTMLSelectElement, value: string | boolean) {
  if (typeof value === 'boolean') (input as HTMLInputElement).checked = value;
  else input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('demo configurator', () => {
  it('offers no code until the script’s address is typed, but shows the preview at once', async () => {
    const root = await demo({ typed: false });
    expect(control(root, '#code').hidden).to.be.true;
    expect(control(root, '#code-waiting').hidden).to.be.false;
    expect(snippetOf(root)).to.equal('');
    expect(questionTexts(preview(root))).to.have.length(6);
    // The preview is the element alone: the preloads after it would load files from the typed address
    // (its own stylesheets are data: addresses, which load nothing).
    expect(root.querySelector('#preview')!.querySelectorAll('script, link:not([rel="stylesheet"][href^="data:text/css,"])')).to.have.length(0);
  });

  it('refuses a script address that does not point at mensenhandel-faq.js, beside the field', async () => {
    const root = await demo({ typed: false });
    const field = control(root, '#scriptUrl');
    set(field, 'https://uw-site.nl/assets/faq/other.js');
    await settled();
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')!.split(' ')).to.include('scriptUrl-status');
    expect(control(root, '#scriptUrl-status').textContent).to.contain('wijst niet naar mensenhandel-faq.js');
    expect(control(root, '#code').hidden).to.be.true;
    set(field, '/assets/faq/mensenhandel-faq.js');
    await settled();
    expect(field.hasAttribute('aria-invalid')).to.be.false;
    expect(control(root, '#scriptUrl-status').textContent).to.equal('');
    expect(snippetOf(root)).to.contain('<script type="module" src="/assets/faq/mensenhandel-faq.js" id="mensenhandel-faq-end"></script>');
  });

  it('keeps at least one question: the last one shown cannot be unticked', async () => {
    const root = await demo();
    for (const id of [1, 2, 3, 4, 5]) set(control(root, `li[data-id="${id}"] input[name="show"]`), false);
    await settled();
    const last = control(root, 'li[data-id="6"] input[name="show"]');
    expect(last.disabled).to.be.true;
    expect(snippetOf(root)).to.contain('questions="6"');
    set(control(root, 'li[data-id="2"] input[name="show"]'), true);
    expect(last.disabled).to.be.false;
  });

  it('completes an id with spaces or a leading #, and says so', async () => {
    const root = await demo();
    set(control(root, '#id'), '#Vragen mensenhandel');
    await settled();
    expect(control(root, '#id').value).to.equal('Vragen-mensenhandel');
    expect(control(root, '#id-status').textContent).to.equal('Aangepast tot Vragen-mensenhandel');
    expect(snippetOf(root).split('\n')[0]).to.equal('<mensenhandel-faq id="Vragen-mensenhandel">');
  });

  it('with the script’s address, the recommended embed: the element prerendered, then the script, pointing at that address', async () => {
    const root = await demo();
    expect(headOf(root)).to.equal('<link rel="expect" href="#mensenhandel-faq-end" blocking="render">');
    const body = snippetOf(root);
    expect(body).to.match(/^<mensenhandel-faq>\n {2}<template shadowrootmode="open"><link rel="stylesheet" href="data:text\/css,:host\{/);
    expect(body).to.contain('\n  <h3 slot="question-1" role="none" lang="nl" dir="ltr">Wat is mensenhandel?</h3>\n');
    expect(body).to.contain('<details class="item"><summary><h3 part="heading"><span class="question" part="question" id="question-1">');
    expect(body.endsWith(`  ${FALLBACK}\n</mensenhandel-faq>\n<script type="module" src="${SCRIPT}" id="mensenhandel-faq-end"></script>`)).to.be.true;
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
    await settled();
    expect(snippetOf(root).split('\n')[0]).to.equal(
      '<mensenhandel-faq id="faq" lang="en" theme="dark" questions="1 2 4 5 6" open="2" single heading-level="3" hide-title hide-expand-all languages="all" exit-url="https://www.buienradar.nl/" structured-data>',
    );
    const el = preview(root);
    await el.updateComplete;
    expect(questionTexts(el)).to.have.length(5);
    expect(openIds(el)).to.deep.equal([2]);
    expect(one(el, '[part~="language-menu"]')).to.exist;
    // The preview leaves the quick exit out (it would leave the configurator), and says so.
    expect(el.shadowRoot!.querySelector('[part~="quick-exit"]')).to.be.null;
    expect(control(root, '#preview-exit-note').hidden).to.be.false;
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
    await settled();
    expect(snippetOf(root)).to.contain('questions="2 3 1 4 6 5"');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await settled();
    expect(snippetOf(root)).to.contain('questions="2 3 1 4 5 6"');
  });

  it('the snippet, pasted into a blank page, produces the configured widget', async () => {
    const root = await demo();
    set(control<HTMLSelectElement>(root, '#lang'), 'ar');
    set(control(root, 'li[data-id="5"] input[name="open"]'), true);
    control<HTMLButtonElement>(root, 'li[data-id="5"] button[data-move="up"]').click();
    await settled();
    const frame = await loadPage({ srcdoc: `<!doctype html><html lang="nl"><head><meta charset="utf-8">${headOf(root)}</head><body>${snippetOf(root)}</body></html>` });
    const el = frame.document.querySelector('mensenhandel-faq') as Faq;
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(openIds(el)).to.deep.equal([5]);
    expect(questionButtons(el).map((button) => button.id)).to.deep.equal(['question-1', 'question-2', 'question-3', 'question-5', 'question-4', 'question-6']);
    expect(el.getAttribute('questions')).to.equal('1 2 3 5 4 6');
  });

  it('the copy button reports what happened, politely', async () => {
    const root = await demo();
    control<HTMLButtonElement>(root, 'button[data-copy="snippet-body"]').click();
    const status = control(root, '#copy-status');
    await waitUntil(() => status.textContent !== '', 'no status');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.be.oneOf(['Het blok is gekopieerd.', 'Kopiëren lukte niet: selecteer de code en kopieer die zelf.']);
  });

  it('reflows at 320 CSS px without horizontal scrolling', async () => {
    const frame = await loadPage('/demo/index.html', { width: 320, height: 700 });
    await frame.customElements.whenDefined('mensenhandel-faq');
    await waitUntil(() => frame.document.querySelector('#preview mensenhandel-faq')?.shadowRoot?.querySelector('[part~="question"]'), 'no preview');
    expect(frame.document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('the house-style picker shows the preview in a real portal theme, and prerenders the styles the widget takes from it', async () => {
    const root = await demo();
    const before = snippetOf(root);
    expect(before).not.to.contain('--ams-');
    const picker = control<HTMLSelectElement>(root, '#houseStyle');
    expect([...picker.options].map((option) => option.value)).to.deep.equal(['', 'utrecht', 'rijkshuisstijl', 'nijmegen', 'voorbeeld', 'rotterdam', 'denhaag', 'amsterdam']);
    const own = getComputedStyle(questionButtons(preview(root))[0]!).color;
    set(picker, 'amsterdam');
    await waitUntil(() => root.querySelector('#preview')!.classList.contains('ams-theme'));
    await settled();
    await preview(root).updateComplete;
    // Amsterdam's interactive blue (--ams-color-interactive), from @amsterdam/design-system-tokens.
    expect(getComputedStyle(questionButtons(preview(root))[0]!).color).to.equal('rgb(0, 70, 153)');
    // The Amsterdam adapter's styles are in the prerendered content: nothing changes when it arrives.
    expect(snippetOf(root)).to.contain('--ams-');
    set(picker, '');
    await waitUntil(() => !root.querySelector('#preview')!.className.includes('theme'));
    await settled();
    await preview(root).updateComplete;
    expect(getComputedStyle(questionButtons(preview(root))[0]!).color).to.equal(own);
    expect(snippetOf(root)).to.equal(before);
  });

  it('puts the partner’s own help text in the snippet, escaped, and shows it under the answers', async () => {
    const root = await demo();
    const help = control<HTMLTextAreaElement>(root, '#help');
    help.value = 'Bel <b>gratis</b> & "snel":\n0800-0000';
    help.dispatchEvent(new Event('input', { bubbles: true }));
    await settled();
    expect(snippetOf(root)).to.contain('<p slot="help">Bel &lt;b&gt;gratis&lt;/b&gt; &amp; &quot;snel&quot;:<br>\n  0800-0000</p>');
    const widget = preview(root);
    await widget.updateComplete;
    const block = widget.querySelector('[slot="help"]')!;
    expect(block.querySelector('b')).to.be.null;
    expect(block.textContent).to.equal('Bel <b>gratis</b> & "snel":\n  0800-0000');
    expect(widget.shadowRoot!.querySelector('[part~="help"]')).to.exist;
  });
});
