// A webmaster who uploaded mensenhandel-faq.js without some of the files beside it: the widget
// shows without what is missing, says which file did not load and what is missing, and shows the
// host's help blocks even without their file. The files come from /without/<names>/ (dist/ with
// those files answering 404: test/server-commands.js `partialUpload`).
import { expect } from '@open-wc/testing';
import { all, loadPage, questionTexts, shownText, DUTCH_QUESTIONS, type Faq } from './helpers.js';

type Warned = { warnings: string[] };

/** A host page loading the entry from /without/<missing>/, its warnings recorded from the start. */
async function pageWithout(missing: string, markup: string) {
  const frame = await loadPage<Warned>({
    srcdoc: `<!doctype html><html lang="nl"><head>
      <script>window.warnings = []; console.warn = (...args) => warnings.push(args.join(' '));</script>
      <script type="module" src="/without/${missing}/mensenhandel-faq.js"></script></head><body>${markup}</body></html>`,
  });
  return { frame, el: frame.document.querySelector('mensenhandel-faq') as Faq };
}

const HELP = '<p slot="help">Bel ons gratis: <a href="tel:+31800123456">0800 123 456</a></p>';

describe('missing files', () => {
  it('without features/quick-exit.js: the questions, no quick-exit button, and a warning naming the file', async () => {
    const { frame, el } = await pageWithout('quick-exit', '<mensenhandel-faq exit-url="https://www.buienradar.nl/"></mensenhandel-faq>');
    expect(questionTexts(el)).to.deep.equal(DUTCH_QUESTIONS);
    expect(el.shadowRoot!.querySelector('[part~="quick-exit"]')).to.be.null;
    expect(frame.warnings).to.have.length(1);
    const [warning] = frame.warnings;
    expect(warning).to.match(/^<mensenhandel-faq>: features\/quick-exit\.js did not load \(.+\), showing no quick-exit button\. Put every file of dist\/ beside mensenhandel-faq\.js, in their folders\.$/);
  });

  it('without features/help.js: the help block still shows, after the closing line, with a warning', async () => {
    const { frame, el } = await pageWithout('help', `<mensenhandel-faq>${HELP}</mensenhandel-faq>`);
    const block = el.querySelector<HTMLElement>('[slot="help"]')!;
    expect(block.assignedSlot, 'slotted').to.not.be.null;
    expect(block.getBoundingClientRect().height, 'on screen').to.be.greaterThan(0);
    const [moreInfo] = all(el, '[part~="more-info"]');
    expect(moreInfo!.compareDocumentPosition(block.assignedSlot!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(shownText(el.shadowRoot!)).to.contain('Bel ons gratis: 0800 123 456');
    expect(frame.warnings).to.have.length(1);
    expect(frame.warnings[0]).to.contain('features/help.js did not load').and.contain('showing the help blocks without their heading');
  });

  it('without its words too (features/warnings.js): still one warning, naming the part and the browser’s error', async () => {
    const { frame, el } = await pageWithout('help,warnings', `<mensenhandel-faq>${HELP}</mensenhandel-faq>`);
    expect(questionTexts(el)).to.deep.equal(DUTCH_QUESTIONS);
    expect(frame.warnings).to.have.length(1);
    expect(frame.warnings[0]).to.match(/^<mensenhandel-faq>: help,.*Error.*,chunk$/);
  });

  it('with every file there: no warning, and the help block under its heading', async () => {
    const { frame, el } = await pageWithout('none', `<mensenhandel-faq>${HELP}</mensenhandel-faq>`);
    expect(frame.warnings).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="help-title"]')).to.not.be.null;
  });
});
