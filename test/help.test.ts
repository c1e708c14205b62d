// The host's own help block (slot "help"): one per language, shown after the answers in a
// labelled section, in the widget's language, else the block without `lang`, else none.
import { expect } from '@open-wc/testing';
import { faq, one, ownText, type Faq } from './helpers.js';

/** The help blocks the visitor sees (slotted and displayed). */
const shownHelp = (el: Faq) =>
  [...el.querySelectorAll<HTMLElement>(':scope > [slot="help"]')].filter((block) => block.assignedSlot && getComputedStyle(block).display !== 'none');
const section = (el: Faq) => el.shadowRoot!.querySelector<HTMLElement>('[part~="help"]');

const BLOCKS = `
  <div slot="help" lang="pl">Zadzwoń: 0800-0000 (pl)</div>
  <div slot="help">Bel 0800-0000 (algemeen)</div>
  <div slot="help" lang="en">Call 0800-0000 (en)</div>`;

describe('help slot', () => {
  it('without a help block, loads nothing and shows no section', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    expect(section(el)).to.be.null;
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/features/help.js'))).to.be.false;
  });

  it('shows the block in the widget’s language, after the answers, in a section labelled in that language', async () => {
    const el = await faq(`<mensenhandel-faq lang="pl">${BLOCKS}</mensenhandel-faq>`);
    expect(shownHelp(el).map((block) => block.textContent)).to.deep.equal(['Zadzwoń: 0800-0000 (pl)']);
    const help = section(el)!;
    const title = one(el, '[part~="help-title"]');
    expect(help.getAttribute('aria-labelledby')).to.equal('help-title');
    expect(el.shadowRoot!.getElementById('help-title')!.textContent).to.equal('Pomoc i kontakt');
    // A heading one level below the title, like the questions.
    expect(title.tagName).to.equal('H3');
    // After the answers and the closing line.
    expect(one(el, '[part~="more-info"]').compareDocumentPosition(help) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('falls back to the block without lang, and shows none without one', async () => {
    const nl = await faq(`<mensenhandel-faq lang="nl">${BLOCKS}</mensenhandel-faq>`);
    expect(shownHelp(nl).map((block) => block.textContent)).to.deep.equal(['Bel 0800-0000 (algemeen)']);
    expect(one(nl, '#help-title').textContent).to.equal('Hulp en contact');
    const fr = await faq('<mensenhandel-faq lang="fr"><div slot="help" lang="pl">pl</div></mensenhandel-faq>');
    expect(section(fr)).to.be.null;
    expect(shownHelp(fr)).to.deep.equal([]);
  });

  it('follows a language switch, and blocks added later', async () => {
    const el = await faq(`<mensenhandel-faq lang="en">${BLOCKS}</mensenhandel-faq>`);
    expect(shownHelp(el).map((block) => block.textContent)).to.deep.equal(['Call 0800-0000 (en)']);
    el.lang = 'pl';
    await el.updateComplete;
    expect(shownHelp(el).map((block) => block.textContent)).to.deep.equal(['Zadzwoń: 0800-0000 (pl)']);
    el.lang = 'ro';
    await el.updateComplete;
    expect(shownHelp(el).map((block) => block.textContent)).to.deep.equal(['Bel 0800-0000 (algemeen)']);
    el.insertAdjacentHTML('beforeend', '<p slot="help" lang="ro">Sunați 0800-0000 (ro)</p>');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(shownHelp(el).map((block) => block.textContent)).to.deep.equal(['Sunați 0800-0000 (ro)']);
  });

  it('region subtags of the block match the widget’s language', async () => {
    const el = await faq('<mensenhandel-faq lang="en"><div slot="help" lang="en-GB">uk english</div><div slot="help">general</div></mensenhandel-faq>');
    expect(shownHelp(el).map((block) => block.textContent)).to.deep.equal(['uk english']);
  });

  it('stays the host’s markup: its own styles and links work, and the widget renders no contact details of its own', async () => {
    const el = await faq(
      '<div style="color: rgb(1, 2, 3)"><mensenhandel-faq><div slot="help"><a href="tel:08000000">0800-0000</a></div></mensenhandel-faq></div>',
    );
    const link = el.querySelector(':scope > [slot="help"] a')!;
    expect(getComputedStyle(link).color).to.not.equal('');
    expect(link.assignedSlot ?? link.parentElement!.assignedSlot).to.not.be.null;
    // The widget's own text: its shadow root and the text it renders into its light DOM (light-text.ts).
    const own = [el.shadowRoot!, ...ownText(el)];
    expect(own.map((node) => node.textContent).join(' ')).not.to.match(/\d{4}-\d{4}/);
  });

});
