import { expect } from '@open-wc/testing';
import { expandAll, faq, one, questionButtons, type Faq } from './helpers.js';

const base = (el: Faq) => one(el, '[part~="base"]');
const answerBody = (el: Faq) => one(el, '#answer-1 > div');
const link = (el: Faq) => one(el, '[part~="more-info"] a');
const item = (el: Faq) => questionButtons(el)[0]!.closest('.item')!;

/** Each public custom property, a value to set, and where that value must show up. */
const properties: [string, string, (el: Faq) => [Element, string], string][] = [
  ['--mensenhandel-faq-color', 'rgb(1, 2, 3)', (el) => [base(el), 'color'], 'rgb(1, 2, 3)'],
  ['--mensenhandel-faq-background-color', 'rgb(4, 5, 6)', (el) => [base(el), 'background-color'], 'rgb(4, 5, 6)'],
  ['--mensenhandel-faq-font-size', '21px', (el) => [base(el), 'font-size'], '21px'],
  ['--mensenhandel-faq-line-height', '2', (el) => [base(el), 'line-height'], `${2 * 16}px`],
  ['--mensenhandel-faq-padding', '13px', (el) => [base(el), 'padding-top'], '13px'],
  ['--mensenhandel-faq-border-radius', '9px', (el) => [base(el), 'border-top-left-radius'], '9px'],
  ['--mensenhandel-faq-title-color', 'rgb(7, 8, 9)', (el) => [one(el, '[part~="title"]'), 'color'], 'rgb(7, 8, 9)'],
  ['--mensenhandel-faq-title-font-size', '33px', (el) => [one(el, '[part~="title"]'), 'font-size'], '33px'],
  ['--mensenhandel-faq-row-gap', '11px', (el) => [one(el, '.list'), 'row-gap'], '11px'],
  ['--mensenhandel-faq-section-border-color', 'rgb(10, 11, 12)', (el) => [item(el), 'border-top-color'], 'rgb(10, 11, 12)'],
  ['--mensenhandel-faq-section-border-width', '5px', (el) => [item(el), 'border-top-width'], '5px'],
  ['--mensenhandel-faq-button-color', 'rgb(13, 14, 15)', (el) => [questionButtons(el)[0]!, 'color'], 'rgb(13, 14, 15)'],
  ['--mensenhandel-faq-button-background-color', 'rgb(16, 17, 18)', (el) => [questionButtons(el)[0]!, 'background-color'], 'rgb(16, 17, 18)'],
  ['--mensenhandel-faq-button-border-color', 'rgb(19, 20, 21)', (el) => [questionButtons(el)[0]!, 'border-top-color'], 'rgb(19, 20, 21)'],
  ['--mensenhandel-faq-button-border-width', '4px', (el) => [questionButtons(el)[0]!, 'border-top-width'], '4px'],
  ['--mensenhandel-faq-button-border-radius', '6px', (el) => [questionButtons(el)[0]!, 'border-top-left-radius'], '6px'],
  ['--mensenhandel-faq-button-font-size', '25px', (el) => [questionButtons(el)[0]!, 'font-size'], '25px'],
  ['--mensenhandel-faq-button-font-weight', '400', (el) => [questionButtons(el)[0]!, 'font-weight'], '400'],
  ['--mensenhandel-faq-button-gap', '17px', (el) => [questionButtons(el)[0]!, 'column-gap'], '17px'],
  ['--mensenhandel-faq-button-padding-block-start', '19px', (el) => [questionButtons(el)[0]!, 'padding-top'], '19px'],
  ['--mensenhandel-faq-button-padding-block-end', '23px', (el) => [questionButtons(el)[0]!, 'padding-bottom'], '23px'],
  ['--mensenhandel-faq-button-padding-inline-start', '29px', (el) => [questionButtons(el)[0]!, 'padding-left'], '29px'],
  ['--mensenhandel-faq-button-padding-inline-end', '31px', (el) => [questionButtons(el)[0]!, 'padding-right'], '31px'],
  ['--mensenhandel-faq-icon-size', '27px', (el) => [one(el, '[part~="icon"]'), 'width'], '27px'],
  ['--mensenhandel-faq-panel-padding-block-start', '7px', (el) => [answerBody(el), 'padding-top'], '7px'],
  ['--mensenhandel-faq-panel-padding-block-end', '8px', (el) => [answerBody(el), 'padding-bottom'], '8px'],
  ['--mensenhandel-faq-panel-padding-inline-start', '37px', (el) => [answerBody(el), 'padding-left'], '37px'],
  ['--mensenhandel-faq-panel-padding-inline-end', '41px', (el) => [answerBody(el), 'padding-right'], '41px'],
  ['--mensenhandel-faq-panel-border-color', 'rgb(22, 23, 24)', (el) => [answerBody(el), 'border-left-color'], 'rgb(22, 23, 24)'],
  ['--mensenhandel-faq-panel-border-width', '3px', (el) => [answerBody(el), 'border-left-width'], '3px'],
  ['--mensenhandel-faq-link-color', 'rgb(25, 26, 27)', (el) => [link(el), 'color'], 'rgb(25, 26, 27)'],
  ['--mensenhandel-faq-transition-duration', '1s', (el) => [one(el, '[part~="icon"]'), 'transition-duration'], '1s'],
];

describe('styling: custom properties', () => {
  for (const [property, value, where, expected] of properties) {
    it(`${property} changes the computed style`, async () => {
      const el = await faq(`<mensenhandel-faq open="1" style="${property}: ${value}"></mensenhandel-faq>`);
      const [target, cssProperty] = where(el);
      expect(getComputedStyle(target).getPropertyValue(cssProperty)).to.equal(expected);
      el.style.removeProperty(property);
      expect(getComputedStyle(target).getPropertyValue(cssProperty)).not.to.equal(expected);
    });
  }

  it('focus ring and focused-button colours follow their properties', async () => {
    const el = await faq(
      '<mensenhandel-faq style="--mensenhandel-faq-focus-outline-color: rgb(1, 1, 1); --mensenhandel-faq-focus-outline-width: 6px; --mensenhandel-faq-focus-outline-offset: 2px; --mensenhandel-faq-focus-background-color: rgb(2, 2, 2); --mensenhandel-faq-focus-color: rgb(3, 3, 3)"></mensenhandel-faq>',
    );
    const button = questionButtons(el)[0]!;
    button.focus({ focusVisible: true } as FocusOptions);
    // Programmatic focus after no pointer use matches :focus-visible in Chromium.
    const style = getComputedStyle(button);
    expect([style.outlineColor, style.outlineWidth, style.outlineOffset]).to.deep.equal(['rgb(1, 1, 1)', '6px', '2px']);
    expect([style.backgroundColor, style.color]).to.deep.equal(['rgb(2, 2, 2)', 'rgb(3, 3, 3)']);
  });

  it('hover colours follow their properties', async () => {
    const el = await faq(
      '<mensenhandel-faq style="--mensenhandel-faq-button-hover-color: rgb(4, 4, 4); --mensenhandel-faq-button-hover-background-color: rgb(5, 5, 5)"></mensenhandel-faq>',
    );
    // :hover cannot be forced from script; check that the rule reads these properties.
    const sheet = el.shadowRoot!.adoptedStyleSheets[0]!;
    const rule = [...sheet.cssRules].find((r) => (r as CSSStyleRule).selectorText === '.question:hover') as CSSStyleRule;
    expect(rule.style.getPropertyValue('color')).to.contain('--mensenhandel-faq-button-hover-color');
    expect(rule.style.getPropertyValue('background-color')).to.contain('--mensenhandel-faq-button-hover-background-color');
  });

  it('public properties also win in the dark theme', async () => {
    const el = await faq('<mensenhandel-faq theme="dark" style="--mensenhandel-faq-background-color: rgb(9, 9, 9)"></mensenhandel-faq>');
    expect(getComputedStyle(base(el)).backgroundColor).to.equal('rgb(9, 9, 9)');
  });

  it('inherits the font family from the host page', async () => {
    const el = await faq('<div style="font-family: Georgia, serif"><mensenhandel-faq></mensenhandel-faq></div>');
    expect(getComputedStyle(questionButtons(el)[0]!).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(expandAll(el)!).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(base(el)).fontFamily).to.equal('Georgia, serif');
  });

  it('uses logical properties: in right-to-left content, inline-start padding is on the right', async () => {
    const el = await faq('<mensenhandel-faq open="1" style="--mensenhandel-faq-panel-padding-inline-start: 37px"></mensenhandel-faq>');
    base(el).setAttribute('dir', 'rtl');
    expect(getComputedStyle(answerBody(el)).paddingRight).to.equal('37px');
  });
});

describe('styling: parts and themes', () => {
  it('::part(question) and ::part(answer) style from the page', async () => {
    const style = document.createElement('style');
    style.textContent =
      'mensenhandel-faq::part(question) { text-transform: uppercase } mensenhandel-faq::part(answer) { outline: 2px dashed rgb(9, 8, 7) }';
    document.head.append(style);
    try {
      const el = await faq('<mensenhandel-faq open="1"></mensenhandel-faq>');
      expect(getComputedStyle(questionButtons(el)[0]!).textTransform).to.equal('uppercase');
      expect(getComputedStyle(one(el, '#answer-1')).outlineColor).to.equal('rgb(9, 8, 7)');
    } finally {
      style.remove();
    }
  });

  it('the dark theme changes every colour of the light one', async () => {
    const light = await faq('<mensenhandel-faq></mensenhandel-faq>');
    const dark = await faq('<mensenhandel-faq theme="dark"></mensenhandel-faq>');
    for (const get of [base, (el: Faq) => questionButtons(el)[0]!, link, item]) {
      expect(getComputedStyle(get(dark)).color).not.to.equal(getComputedStyle(get(light)).color);
    }
    expect(getComputedStyle(item(dark)).borderTopColor).not.to.equal(getComputedStyle(item(light)).borderTopColor);
  });
});
