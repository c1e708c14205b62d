import { expect } from '@open-wc/testing';
import {
  all,
  captureWarnings,
  DUTCH_QUESTIONS,
  expandAll,
  faq,
  one,
  openIds,
  questionButtons,
  questionTexts,
} from './helpers.js';

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => {
  warnings = captureWarnings();
});
afterEach(() => warnings.restore());

const questionsFor = (...ids: number[]) => ids.map((id) => DUTCH_QUESTIONS[id - 1]);

describe('attribute: questions', () => {
  it('shows the listed questions in the listed order, comma- or space-separated', async () => {
    expect(questionTexts(await faq('<mensenhandel-faq questions="5,1"></mensenhandel-faq>'))).to.deep.equal(questionsFor(5, 1));
    expect(questionTexts(await faq('<mensenhandel-faq questions="3 6  2"></mensenhandel-faq>'))).to.deep.equal(questionsFor(3, 6, 2));
    expect(questionTexts(await faq('<mensenhandel-faq questions=" 4, 2 ,1 "></mensenhandel-faq>'))).to.deep.equal(questionsFor(4, 2, 1));
    expect(warnings.messages).to.be.empty;
  });

  it('drops duplicates, keeping the first place', async () => {
    const el = await faq('<mensenhandel-faq questions="2,1,2,1"></mensenhandel-faq>');
    expect(questionTexts(el)).to.deep.equal(questionsFor(2, 1));
    expect(warnings.messages).to.be.empty;
  });

  it('drops unknown ids with one warning naming the element, the value and what is accepted', async () => {
    const el = await faq('<mensenhandel-faq questions="1, 7, x, 3"></mensenhandel-faq>');
    expect(questionTexts(el)).to.deep.equal(questionsFor(1, 3));
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('mensenhandel-faq').and.contain('7 x').and.contain('1 to 6');
  });

  for (const bad of ['0', '9 10', 'een', '1.5', '-1']) {
    it(`shows all six with a warning when nothing valid is left: "${bad}"`, async () => {
      const el = await faq(`<mensenhandel-faq questions="${bad}"></mensenhandel-faq>`);
      expect(questionTexts(el)).to.deep.equal(DUTCH_QUESTIONS);
      expect(warnings.about('mensenhandel-faq')).to.have.length(1);
      expect(warnings.messages[0]).to.contain('questions=');
    });
  }

  it('treats an empty value as the default, without a warning', async () => {
    expect(questionTexts(await faq('<mensenhandel-faq questions=" "></mensenhandel-faq>'))).to.deep.equal(DUTCH_QUESTIONS);
    expect(warnings.messages).to.be.empty;
  });

  it('reflects the property and re-renders when it changes', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    el.questions = '6 2';
    await el.updateComplete;
    expect(el.getAttribute('questions')).to.equal('6 2');
    expect(questionTexts(el)).to.deep.equal(questionsFor(6, 2));
    el.setAttribute('questions', '4');
    await el.updateComplete;
    expect(el.questions).to.equal('4');
    expect(questionTexts(el)).to.deep.equal(questionsFor(4));
    el.removeAttribute('questions');
    await el.updateComplete;
    expect(questionTexts(el)).to.deep.equal(DUTCH_QUESTIONS);
  });
});

describe('attribute: open', () => {
  it('expands the listed questions at first render', async () => {
    const el = await faq('<mensenhandel-faq open="2 5"></mensenhandel-faq>');
    expect(openIds(el)).to.deep.equal([2, 5]);
    expect(el.shadowRoot!.getElementById('answer-2')!.hasAttribute('hidden')).to.be.false;
    expect(el.shadowRoot!.getElementById('answer-1')!.getAttribute('hidden')).to.equal('until-found');
  });

  it('expands everything with "all" (any case)', async () => {
    expect(openIds(await faq('<mensenhandel-faq open="all"></mensenhandel-faq>'))).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(openIds(await faq('<mensenhandel-faq open="ALL"></mensenhandel-faq>'))).to.deep.equal([1, 2, 3, 4, 5, 6]);
  });

  it('expands nothing by default', async () => {
    expect(openIds(await faq('<mensenhandel-faq></mensenhandel-faq>'))).to.deep.equal([]);
  });

  it('ignores bad ids with a warning', async () => {
    const el = await faq('<mensenhandel-faq open="3, nine"></mensenhandel-faq>');
    expect(openIds(el)).to.deep.equal([3]);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('mensenhandel-faq').and.contain('open=').and.contain('nine').and.contain('"all"');
  });

  it('ignores an entirely bad value with a warning, expanding nothing', async () => {
    const el = await faq('<mensenhandel-faq open="everything"></mensenhandel-faq>');
    expect(openIds(el)).to.deep.equal([]);
    expect(warnings.about('open=')).to.have.length(1);
  });

  it('works together with questions, in their order', async () => {
    const el = await faq('<mensenhandel-faq questions="6 1 2" open="1 6"></mensenhandel-faq>');
    expect(questionTexts(el)).to.deep.equal(questionsFor(6, 1, 2));
    expect(openIds(el)).to.deep.equal([6, 1]);
  });

  it('re-applies a changed value at run time and reflects the property', async () => {
    const el = await faq('<mensenhandel-faq open="1"></mensenhandel-faq>');
    el.open = '4';
    await el.updateComplete;
    expect(el.getAttribute('open')).to.equal('4');
    expect(openIds(el)).to.deep.equal([4]);
    el.setAttribute('open', 'all');
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([1, 2, 3, 4, 5, 6]);
  });
});

describe('attribute: single', () => {
  it('opening one question closes the other', async () => {
    const el = await faq('<mensenhandel-faq single></mensenhandel-faq>');
    expect(el.single).to.be.true;
    const buttons = questionButtons(el);
    buttons[0]!.click();
    await el.updateComplete;
    buttons[2]!.click();
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([3]);
  });

  it('is off by default: several answers can be open', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    expect(el.single).to.be.false;
    questionButtons(el)[0]!.click();
    questionButtons(el)[2]!.click();
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([1, 3]);
  });

  it('keeps only the first of several initially open questions', async () => {
    expect(openIds(await faq('<mensenhandel-faq single open="4 2"></mensenhandel-faq>'))).to.deep.equal([4]);
  });

  it('has no show-all control, since only one answer can be open', async () => {
    expect(expandAll(await faq('<mensenhandel-faq single></mensenhandel-faq>'))).to.be.null;
  });

  it('reflects the property and applies when switched on at run time', async () => {
    const el = await faq('<mensenhandel-faq open="1 2"></mensenhandel-faq>');
    el.single = true;
    await el.updateComplete;
    expect(el.hasAttribute('single')).to.be.true;
    expect(openIds(el)).to.deep.equal([1]);
    questionButtons(el)[4]!.click();
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([5]);
  });
});

describe('attribute: heading-level', () => {
  for (const level of [1, 2, 3, 4, 5, 6]) {
    it(`heading-level="${level}" makes the title h${level} and questions h${Math.min(level + 1, 6)}`, async () => {
      const el = await faq(`<mensenhandel-faq heading-level="${level}"></mensenhandel-faq>`);
      expect(one(el, '[part~="title"]').localName).to.equal(`h${level}`);
      for (const button of questionButtons(el)) expect(button.parentElement!.localName).to.equal(`h${Math.min(level + 1, 6)}`);
      // The same levels in the text in the page's own DOM.
      expect(el.querySelector(':scope > [slot="title"]')!.localName).to.equal(`h${level}`);
      for (const question of el.querySelectorAll(':scope > [slot^="question-"]')) expect(question.localName).to.equal(`h${Math.min(level + 1, 6)}`);
      expect(warnings.messages).to.be.empty;
    });
  }

  it('defaults to 2', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    expect(el.headingLevel).to.equal(2);
    expect(one(el, '[part~="title"]').localName).to.equal('h2');
  });

  for (const bad of ['0', '7', 'h3', '', '2.5', '-1']) {
    it(`warns and uses 2 for heading-level="${bad}"`, async () => {
      const el = await faq(`<mensenhandel-faq heading-level="${bad}"></mensenhandel-faq>`);
      expect(one(el, '[part~="title"]').localName).to.equal('h2');
      expect(questionButtons(el)[0]!.parentElement!.localName).to.equal('h3');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('mensenhandel-faq').and.contain(`heading-level="${bad}"`).and.contain('1 to 6');
    });
  }

  it('reflects the property and re-renders when it changes', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    el.headingLevel = 4;
    await el.updateComplete;
    expect(el.getAttribute('heading-level')).to.equal('4');
    expect(one(el, '[part~="title"]').localName).to.equal('h4');
    expect(questionButtons(el)[0]!.parentElement!.localName).to.equal('h5');
  });
});

describe('attribute: hide-title', () => {
  it('removes the title heading; questions keep their level; the region keeps its name', async () => {
    const el = await faq('<mensenhandel-faq hide-title heading-level="3"></mensenhandel-faq>');
    expect(all(el, '[part~="title"]')).to.be.empty;
    expect(all(el, 'h1, h2, h3')).to.be.empty;
    expect(el.querySelector(':scope > [slot="title"]'), 'no title in the light DOM either').to.be.null;
    expect(questionButtons(el)[0]!.parentElement!.localName).to.equal('h4');
    expect(one(el, '[part~="base"]').getAttribute('aria-label')).to.equal('De 6 meest gestelde vragen over mensenhandel');
  });

  it('is off by default and toggles at run time, reflected', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    expect(el.hideTitle).to.be.false;
    expect(all(el, '[part~="title"]')).to.have.length(1);
    el.hideTitle = true;
    await el.updateComplete;
    expect(el.hasAttribute('hide-title')).to.be.true;
    expect(all(el, '[part~="title"]')).to.be.empty;
    expect(el.querySelectorAll(':scope > [slot="title"]')).to.have.length(0);
    el.removeAttribute('hide-title');
    await el.updateComplete;
    expect(all(el, '[part~="title"]')).to.have.length(1);
    expect(el.querySelectorAll(':scope > [slot="title"]')).to.have.length(1);
  });
});

describe('attribute: hide-expand-all', () => {
  it('removes the show-all control', async () => {
    expect(expandAll(await faq('<mensenhandel-faq hide-expand-all></mensenhandel-faq>'))).to.be.null;
  });

  it('is off by default and toggles at run time, reflected', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    expect(el.hideExpandAll).to.be.false;
    expect(expandAll(el)).to.exist;
    el.hideExpandAll = true;
    await el.updateComplete;
    expect(el.hasAttribute('hide-expand-all')).to.be.true;
    expect(expandAll(el)).to.be.null;
  });
});

describe('attribute: theme', () => {
  const background = (el: Element) => getComputedStyle(one(el as never, '[part~="base"]')).backgroundColor;

  it('defaults to light', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    expect(el.theme).to.equal('light');
    expect(background(el)).to.equal('rgba(0, 0, 0, 0)');
    const base = getComputedStyle(one(el, '[part~="base"]'));
    expect([base.paddingTop, base.boxSizing, base.colorScheme]).to.deep.equal(['0px', 'border-box', 'normal']);
  });

  it('dark gives a dark background and light text', async () => {
    const el = await faq('<mensenhandel-faq theme="dark"></mensenhandel-faq>');
    expect(background(el)).to.equal('rgb(23, 25, 29)');
    const base = getComputedStyle(one(el, '[part~="base"]'));
    expect(base.color).to.equal('rgb(236, 239, 243)');
    // Room around the text on its own background, and dark native controls (the language menu).
    expect(base.paddingTop).to.equal('16px');
    expect(base.colorScheme).to.equal('dark');
    expect(base.boxSizing).to.equal('border-box');
  });

  for (const bad of ['blue', 'DARKER', '', 'light dark']) {
    it(`warns and uses light for theme="${bad}"`, async () => {
      const el = await faq(`<mensenhandel-faq theme="${bad}"></mensenhandel-faq>`);
      expect(background(el)).to.equal('rgba(0, 0, 0, 0)');
      expect(one(el, '[part~="base"]').classList.contains('light')).to.be.true;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('mensenhandel-faq').and.contain(`theme="${bad}"`).and.contain('light, dark, auto');
    });
  }

  it('reflects the property and restyles when it changes', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(background(el)).to.equal('rgb(23, 25, 29)');
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    expect(background(el)).to.equal('rgba(0, 0, 0, 0)');
  });
});

describe('warnings', () => {
  it('warns once per problem, however often the element re-renders', async () => {
    const el = await faq('<mensenhandel-faq theme="blue"></mensenhandel-faq>');
    for (let i = 0; i < 5; i++) {
      el.questions = i % 2 ? '1' : '2';
      await el.updateComplete;
    }
    expect(warnings.about('theme=')).to.have.length(1);
  });

  it('never warns for a default widget', async () => {
    await faq('<mensenhandel-faq></mensenhandel-faq>');
    expect(warnings.messages).to.be.empty;
  });
});

/** The list properties take arrays as well as the attribute's text; wrong values are type errors. */
describe('properties: arrays and types', () => {
  it('questions, open and languages take arrays, shown in their order and reflected as their text', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    el.questions = [6, 1, 2];
    el.open = [1];
    el.languages = ['nl', 'pl'];
    await el.updateComplete;
    expect(questionTexts(el)).to.deep.equal(questionsFor(6, 1, 2));
    expect(openIds(el)).to.deep.equal([1]);
    expect([el.getAttribute('questions'), el.getAttribute('open'), el.getAttribute('languages')]).to.deep.equal(['6,1,2', '1', 'nl,pl']);
    expect([...el.shadowRoot!.querySelector('select')!.options].map((option) => option.value)).to.deep.equal(['nl', 'pl']);
  });

  it('rejects wrong values at compile time (checked by tsc in npm run build)', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    // @ts-expect-error: question ids are 1 to 6.
    el.questions = [7];
    // @ts-expect-error: heading levels are 1 to 6.
    el.headingLevel = 7;
    // @ts-expect-error: a language the widget does not ship.
    el.languages = ['xx'];
    // At run time they are bad input like any other: warned about, and the widget falls back.
    await el.updateComplete;
    expect(questionTexts(el)).to.deep.equal(DUTCH_QUESTIONS);
    expect(el.shadowRoot!.querySelector('h2[part~="title"]')).to.exist;
    for (const name of ['questions=', 'heading-level=', 'languages=']) expect(warnings.about(name), name).to.have.length(1);
  });
});
