import { expect } from '@open-wc/testing';
import { all, answers, DUTCH_QUESTIONS, faq, one, panelOf, questionButtons, questionTexts, shownText } from './helpers.js';

describe('structure: the APG accordion pattern', () => {
  it('renders into an open shadow root', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    expect(el.shadowRoot).to.exist;
    expect(el.shadowRoot!.mode).to.equal('open');
  });

  it('shows the title and all six questions in seed order, in Dutch, by default', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    expect(shownText(one(el, '[part~="title"]')).trim()).to.equal('De 6 meest gestelde vragen over mensenhandel');
    expect(questionTexts(el)).to.deep.equal(DUTCH_QUESTIONS);
  });

  it('makes each question a button that is the only child of a heading one level below the title', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    expect(one(el, '[part~="title"]').localName).to.equal('h2');
    for (const button of questionButtons(el)) {
      const heading = button.parentElement!;
      expect(heading.localName).to.equal('h3');
      expect(heading.children.length).to.equal(1);
      expect(shownText(heading).trim()).to.equal(shownText(button).trim());
      expect(button.type).to.equal('button');
    }
    // The text in the page's own DOM has the same outline, for tools that read only that.
    expect(el.querySelector(':scope > [slot="title"]')!.localName).to.equal('h2');
    const questions = [...el.querySelectorAll(':scope > [slot^="question-"]')];
    expect(questions).to.have.length(6);
    for (const question of questions) expect(question.localName).to.equal('h3');
  });

  it('links each button to its answer panel with aria-controls; the region inside it is labelled by the button', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    const panels = answers(el);
    questionButtons(el).forEach((button, index) => {
      const panel = panelOf(el, button);
      expect(panel).to.equal(panels[index]);
      // The region is inside what until-found hides, so a closed answer is no empty landmark.
      expect(panel!.hasAttribute('role')).to.be.false;
      const region = panel!.querySelector('[role="region"]')!;
      expect(region.parentElement).to.equal(panel);
      expect(region.getAttribute('aria-labelledby')).to.equal(button.id);
      expect(region.checkVisibility(), 'hidden with its closed panel').to.be.false;
    });
  });

  it('starts with every answer collapsed as hidden="until-found"', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    for (const button of questionButtons(el)) expect(button.getAttribute('aria-expanded')).to.equal('false');
    for (const panel of answers(el)) {
      expect(panel.getAttribute('hidden')).to.equal('until-found');
      expect(panel.getBoundingClientRect().height).to.equal(0);
    }
  });

  it('keeps the seed text of every answer, with the two editorial fixes only', async () => {
    const el = await faq('<mensenhandel-faq open="all"></mensenhandel-faq>');
    const texts = answers(el).map((panel) => shownText(panel).replace(/\s+/g, ' ').trim());
    expect(texts[0]).to.equal(
      'Mensenhandel is uitbuiting onder een bepaalde vorm van dwang of misleiding. Ook illegale handel in organen en gedwongen criminaliteit valt onder mensenhandel. Aanvankelijke instemming met het verrichten van de werkzaamheden, betekent niet dat er geen sprake kan zijn van mensenhandel.',
    );
    expect(texts[3]).to.contain('is niet bekend. Er zijn geen concrete');
    expect(texts[5]).to.match(/Kijk op ‘Signalen herkennen’\.$/);
    for (const text of texts) expect(text).not.to.contain('  ');
  });

  it('makes question 6’s “Signalen herkennen” and the two closing sites real links', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    const signals = all<HTMLAnchorElement>(el, '#answer-6 a');
    expect(signals.map((a) => a.textContent)).to.deep.equal(['Signalen herkennen']);
    expect(signals[0]!.href).to.match(/^https:\/\//);
    const more = one(el, '[part~="more-info"]');
    expect(shownText(more).replace(/\s+/g, ' ').trim()).to.equal(
      'Meer weten over mensenhandel? Kijk dan op www.ckm-fier.nl en www.mensenhandelweb.nl',
    );
    const links = all<HTMLAnchorElement>(el, '[part~="more-info"] a').map((a) => [a.textContent, a.href]);
    expect(links).to.deep.equal([
      ['www.ckm-fier.nl', 'https://www.ckm-fier.nl/'],
      ['www.mensenhandelweb.nl', 'https://www.mensenhandelweb.nl/'],
    ]);
    // Following a link tells the other site nothing about the page the visitor was on.
    for (const a of all<HTMLAnchorElement>(el, 'a')) expect(a.relList.contains('noreferrer')).to.be.true;
  });

  it('marks its content with lang and dir, whatever the page language', async () => {
    const el = await faq('<div lang="de" dir="rtl"><mensenhandel-faq lang="nl"></mensenhandel-faq></div>');
    const base = one(el, '[part~="base"]');
    expect(base.getAttribute('lang')).to.equal('nl');
    expect(base.getAttribute('dir')).to.equal('ltr');
    // The text in the light DOM carries its own: there the page's lang and dir are the nearest.
    const text = [...el.querySelectorAll<HTMLElement>(':scope > [slot]')];
    expect(text.map((node) => node.slot)).to.deep.equal([
      'title',
      ...[1, 2, 3, 4, 5, 6].flatMap((id) => [`question-${id}`, `answer-${id}`]),
      'more-info',
    ]);
    for (const node of text) {
      expect(node.getAttribute('lang'), node.slot).to.equal('nl');
      expect(node.getAttribute('dir'), node.slot).to.equal('ltr');
      expect(getComputedStyle(node).direction, node.slot).to.equal('ltr');
    }
  });

  it('exposes the question and answer parts', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    expect(all(el, '[part~="question"]')).to.have.length(6);
    expect(all(el, '[part~="answer"]')).to.have.length(6);
    for (const part of ['base', 'title', 'expand-all', 'icon', 'more-info']) {
      expect(all(el, `[part~="${part}"]`).length, part).to.be.greaterThan(0);
    }
  });

  it('names its region after the title', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    const base = one(el, '[part~="base"]');
    expect(shownText(el.shadowRoot!.getElementById(base.getAttribute('aria-labelledby')!)!)).to.equal(
      'De 6 meest gestelde vragen over mensenhandel',
    );
  });
});
