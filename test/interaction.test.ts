import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MensenhandelFaqToggleDetail } from '../src/mensenhandel-faq.js';
import { all, answers, expandAll, faq, one, openIds, panelOf, questionButtons, type Faq } from './helpers.js';

/** Records every toggle event that reaches the document. */
function recordToggles() {
  const events: CustomEvent<MensenhandelFaqToggleDetail>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<MensenhandelFaqToggleDetail>);
  document.addEventListener('mensenhandel-faq-toggle', listener);
  return { events, details: () => events.map((e) => e.detail), stop: () => document.removeEventListener('mensenhandel-faq-toggle', listener) };
}

/** What has focus in the widget: a control in its shadow root, or a link in its text (light DOM). */
const focused = (el: Faq) => el.shadowRoot!.activeElement ?? (el.contains(document.activeElement) ? document.activeElement : null);

describe('interaction: mouse and touch', () => {
  it('a click opens the answer, a second click closes it', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    const button = questionButtons(el)[1]!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const panel = panelOf(el, button)!;
    expect(panel.hasAttribute('hidden')).to.be.false;
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(40);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.getAttribute('hidden')).to.equal('until-found');
  });

  it('the show-all control opens every answer, then hides them all, and says so', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    const control = expandAll(el)!;
    expect(control.textContent!.trim()).to.equal('Alle antwoorden tonen');
    expect(control.getAttribute('aria-expanded')).to.equal('false');
    control.click();
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(control.textContent!.trim()).to.equal('Alle antwoorden verbergen');
    expect(control.getAttribute('aria-expanded')).to.equal('true');
    control.click();
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([]);
  });

  it('the show-all control acts on the shown questions only', async () => {
    const el = await faq('<mensenhandel-faq questions="2 4"></mensenhandel-faq>');
    expandAll(el)!.click();
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([2, 4]);
    expect(expandAll(el)!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('the show-all control says "hide all" once the user has opened every question by hand', async () => {
    const el = await faq('<mensenhandel-faq questions="1 2"></mensenhandel-faq>');
    for (const button of questionButtons(el)) button.click();
    await el.updateComplete;
    expect(expandAll(el)!.textContent!.trim()).to.equal('Alle antwoorden verbergen');
  });
});

describe('interaction: keyboard', () => {
  it('Enter and Space toggle the focused question', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    const button = questionButtons(el)[0]!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([1]);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([]);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([1]);
    expect(focused(el)).to.equal(button);
  });

  it('Tab moves through the controls in document order, and focus alone opens nothing', async () => {
    const el = await faq('<button id="before">before</button><mensenhandel-faq open="1"></mensenhandel-faq>');
    document.getElementById('before')!.focus();
    const expected = [expandAll(el), questionButtons(el)[0], all(el, '#answer-1 a, #answer-1 button')[0], ...questionButtons(el).slice(1)];
    const order: (Element | null)[] = [];
    for (let i = 0; i < 7; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(focused(el));
    }
    // Answer 1 has no link, so after question 1 comes question 2.
    expect(order).to.deep.equal(expected.filter(Boolean).slice(0, 7));
    expect(openIds(el)).to.deep.equal([1]);
  });

  it('Up and Down move between questions (wrapping), Home and End jump to the ends', async () => {
    const el = await faq('<mensenhandel-faq questions="1 2 3"></mensenhandel-faq>');
    const [first, second, third] = questionButtons(el);
    first!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(second);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(third);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(first);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(third);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(first);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(third);
    expect(openIds(el)).to.deep.equal([]);
  });

  it('arrow keys inside an open answer are left to the browser', async () => {
    const el = await faq('<mensenhandel-faq open="6"></mensenhandel-faq>');
    const link = one<HTMLAnchorElement>(el, '#answer-6 a');
    link.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(link);
  });
});

describe('interaction: find in page', () => {
  it('opens a collapsed answer on beforematch, as the browser fires when find-in-page matches it', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    const panel = answers(el)[4]!;
    expect(panel.getAttribute('hidden')).to.equal('until-found');
    panel.dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([5]);
    expect(panel.hasAttribute('hidden')).to.be.false;
  });
});

describe('event: mensenhandel-faq-toggle', () => {
  let recorder: ReturnType<typeof recordToggles>;
  beforeEach(() => {
    recorder = recordToggles();
  });
  afterEach(() => recorder.stop());

  it('fires on a click with { question, open }, bubbling and composed, from the element', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    questionButtons(el)[2]!.click();
    questionButtons(el)[2]!.click();
    expect(recorder.details()).to.deep.equal([
      { question: 3, open: true },
      { question: 3, open: false },
    ]);
    const [event] = recorder.events;
    expect(event!.bubbles).to.be.true;
    expect(event!.composed).to.be.true;
    expect(event!.target).to.equal(el);
  });

  it('fires on Enter', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    questionButtons(el)[5]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(recorder.details()).to.deep.equal([{ question: 6, open: true }]);
  });

  it('fires once per question that show-all changes', async () => {
    const el = await faq('<mensenhandel-faq questions="1 2 3" open="2"></mensenhandel-faq>');
    expandAll(el)!.click();
    expect(recorder.details()).to.deep.equal([
      { question: 1, open: true },
      { question: 3, open: true },
    ]);
  });

  it('in single mode, fires for the question that closes too', async () => {
    const el = await faq('<mensenhandel-faq single open="1"></mensenhandel-faq>');
    questionButtons(el)[3]!.click();
    expect(recorder.details()).to.deep.equal([
      { question: 4, open: true },
      { question: 1, open: false },
    ]);
  });

  it('fires on beforematch', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    answers(el)[0]!.dispatchEvent(new Event('beforematch'));
    expect(recorder.details()).to.deep.equal([{ question: 1, open: true }]);
  });

  it('does not fire for attribute changes, which are not user toggles', async () => {
    const el = await faq('<mensenhandel-faq></mensenhandel-faq>');
    el.open = 'all';
    await el.updateComplete;
    expect(recorder.events).to.be.empty;
  });
});
