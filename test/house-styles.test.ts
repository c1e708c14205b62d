/**
 * The widget on real NL Design System portals: each house style's released npm package (pinned
 * in package.json) with its class on `<body>`, its own accordion beside the widget, and the 14
 * styles a visitor sees compared as computed styles (hover with the real mouse, focus as from
 * the keyboard). `npm run house-styles` prints the same comparison as a table.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { HOUSE_STYLES } from '../src/embed/house-styles.js';
import { REFERENCE_STYLESHEETS } from './house-styles/reference.js';
import { loadPage, type Faq } from './helpers.js';
import { ourParts, portalPage, readFocus, readState, readStatic, STYLE_NAMES, theirParts, type Reading } from './house-styles/compare.js';

/**
 * Where the widget deliberately differs from the portal's own accordion, and why. Everything
 * else must be equal.
 */
const DIFFERENCES: Record<string, Record<string, string>> = {
  // The released Utrecht accordion shows the browser's default ring where a theme sets only the
  // brand-level --basis-focus-* tokens; the widget draws the theme's own (dashed, 2px, halo).
  voorbeeld: { 'focus ring': 'the theme\'s --basis-focus-* ring instead of the browser default' },
  // Den Haag's accordion tokens define no focus style; the widget draws the theme's
  // --utrecht-focus-* ring (dashed, 2px) instead of the browser default.
  denhaag: { 'focus ring': 'the theme\'s --utrecht-focus-* ring instead of the browser default' },
};

/** Hover, with the real mouse over each question in turn. */
async function hoverReading(frame: Window): Promise<Reading> {
  const offset = frame.frameElement!.getBoundingClientRect();
  const readings: Reading[] = [];
  for (const question of [theirParts(frame.document).question, ourParts(frame.document).question]) {
    const box = question.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(offset.left + box.left + 5), Math.round(offset.top + box.top + box.height / 2)] });
    readings.push(readState('hover', question, question));
  }
  await resetMouse();
  return { style: 'hover', theirs: readings[0]!.theirs, ours: readings[1]!.ours };
}

async function compare(id: string): Promise<{ frame: Window; readings: Reading[] }> {
  const style = HOUSE_STYLES.find((s) => s.id === id)!;
  const frame = await loadPage({ srcdoc: portalPage(style) }, { width: 1000, height: 900 });
  const readings = [...readStatic(frame.document), ...readFocus(frame.document), await hoverReading(frame)];
  return { frame, readings };
}

describe('house styles: the widget beside each portal\'s own accordion', () => {
  const equalCounts: number[] = [];

  for (const style of HOUSE_STYLES) {
    it(`${style.name} (${style.package}): every compared style equals the portal's accordion, but the documented differences`, async () => {
      const { frame, readings } = await compare(style.id);
      expect(readings.map((r) => r.style)).to.deep.equal(STYLE_NAMES);
      const expected = DIFFERENCES[style.id] ?? {};
      for (const reading of readings) {
        if (reading.style in expected) continue;
        expect(reading.ours, `${style.id}: ${reading.style}`).to.equal(reading.theirs);
      }
      const equal = readings.filter((r) => r.ours === r.theirs).length;
      expect(equal, style.id).to.be.at.least(11);
      equalCounts.push(equal);
      // Only this design system's adapter loaded (Den Haag's theme also sets Utrecht tokens).
      const adapters = frame.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name.match(/design-systems\/(\w+)\.js/)?.[1])
        .filter(Boolean);
      expect(adapters.sort()).to.deep.equal(style.id === 'denhaag' ? ['denhaag', 'utrecht'] : [style.accordion === 'amsterdam' ? 'amsterdam' : 'utrecht']);
    });
  }

  it('overall at least 90 % of the compared styles are equal', () => {
    expect(equalCounts).to.have.length(HOUSE_STYLES.length);
    const total = equalCounts.reduce((a, b) => a + b, 0);
    expect(total / (14 * HOUSE_STYLES.length)).to.be.at.least(0.9);
  });

  it('a portal theme\'s colours stay out of the dark theme', async () => {
    const style = HOUSE_STYLES.find((s) => s.id === 'utrecht')!;
    const frame = await loadPage({ srcdoc: portalPage(style, '<mensenhandel-faq theme="dark" open="1 6"></mensenhandel-faq>') }, { width: 1000 });
    const ours = ourParts(frame.document);
    expect(getComputedStyle(ours.question).color).to.equal('rgb(183, 215, 255)');
    expect(getComputedStyle(ours.link).color).to.equal('rgb(159, 203, 255)');
    // Sizes and spacing still follow the theme.
    expect(getComputedStyle(ours.question).fontSize).to.equal(getComputedStyle(theirParts(frame.document).question).fontSize);
  });

  it('the public --mensenhandel-faq-* properties win over a portal theme', async () => {
    const style = HOUSE_STYLES.find((s) => s.id === 'rijkshuisstijl')!;
    const widget = '<mensenhandel-faq open="1 6" style="--mensenhandel-faq-button-color: rgb(1, 2, 3); --mensenhandel-faq-button-font-size: 31px; --mensenhandel-faq-panel-padding-inline-start: 41px; --mensenhandel-faq-link-color: rgb(4, 5, 6)"></mensenhandel-faq>';
    const frame = await loadPage({ srcdoc: portalPage(style, widget) }, { width: 1000 });
    const ours = ourParts(frame.document);
    expect(getComputedStyle(ours.question).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(ours.question).fontSize).to.equal('31px');
    expect(getComputedStyle(ours.panel).paddingLeft).to.equal('41px');
    expect(getComputedStyle(ours.link).color).to.equal('rgb(4, 5, 6)');
  });
});

describe('house styles: a page with no theme', () => {
  it('loads no adapter and keeps the widget\'s own look', async () => {
    const frame = await loadPage({ srcdoc: '<!doctype html><html lang="nl"><head><script type="module" src="/dist/mensenhandel-faq.js"></script></head><body style="font: 16px Georgia, serif"><mensenhandel-faq open="1 6"></mensenhandel-faq></body></html>' });
    const el = frame.document.querySelector<Faq>('mensenhandel-faq')!;
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(1);
    expect(frame.performance.getEntriesByType('resource').filter((e) => e.name.includes('design-systems'))).to.have.length(0);
    const ours = ourParts(frame.document);
    const style = (element: Element) => getComputedStyle(element);
    expect([style(ours.question).color, style(ours.question).fontSize, style(ours.question).fontWeight, style(ours.question).fontFamily]).to.deep.equal([
      'rgb(21, 66, 115)',
      '18px',
      '700',
      'Georgia, serif',
    ]);
    expect([style(ours.question).paddingTop, style(ours.question).paddingLeft]).to.deep.equal(['13.5px', '4.5px']);
    expect(style(ours.firstSection).borderTop).to.equal('1px solid rgb(140, 150, 163)');
    expect([style(ours.panel).paddingLeft, style(ours.panel).paddingBottom]).to.deep.equal(['28px', '16px']);
    expect([style(ours.text).color, style(ours.link).color]).to.deep.equal(['rgb(26, 26, 26)', 'rgb(1, 104, 155)']);
    expect([style(ours.title).fontSize, style(ours.title).fontWeight]).to.deep.equal(['24px', '700']);
    (ours.question as HTMLElement).focus({ focusVisible: true } as FocusOptions);
    expect([style(ours.question).outlineStyle, style(ours.question).outlineWidth, style(ours.question).backgroundColor, style(ours.question).boxShadow]).to.deep.equal([
      'solid',
      '3px',
      'rgb(255, 225, 122)',
      'none',
    ]);
  });
});

describe('house styles: a theme is recognised by any of its tokens', () => {
  // A theme that sets only its accordion tokens (no button or document token) still gets its adapter.
  for (const [system, token] of [
    ['utrecht', '--utrecht-accordion-button-color'],
    ['denhaag', '--denhaag-accordion-font-family'],
    ['amsterdam', '--ams-accordion-button-color'],
  ]) {
    it(`${system}: ${token} alone loads the ${system} adapter`, async () => {
      const frame = await loadPage({
        srcdoc: `<!doctype html><html lang="nl"><head><script type="module" src="/dist/mensenhandel-faq.js"></script></head><body style="${token}: rgb(1, 2, 3)"><mensenhandel-faq></mensenhandel-faq></body></html>`,
      });
      const el = frame.document.querySelector<Faq>('mensenhandel-faq')!;
      expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(2);
      expect(frame.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)).to.include(`/dist/design-systems/${system}.js`);
    });
  }
});

describe('house styles: the adapters read real token names', () => {
  it('every token an adapter reads is set by a released theme package or read by a released component', async () => {
    const released = await Promise.all(
      [...new Set([...HOUSE_STYLES.flatMap((style) => style.stylesheets), ...Object.values(REFERENCE_STYLESHEETS).flat()])]
        .filter((href) => href.startsWith('/node_modules/'))
        .map(async (href) => (await fetch(href)).text()),
    );
    const text = released.join('\n');
    for (const name of ['utrecht', 'denhaag', 'amsterdam']) {
      const { styles: css } = (await import(`/dist/design-systems/${name}.js`)) as { styles: string };
      const tokens = [...new Set(css.match(/--(?!mensenhandel-faq-|_)[\w-]+/g))];
      expect(tokens.length, name).to.be.greaterThan(10);
      for (const token of tokens) expect(text.includes(`${token}:`) || text.includes(`${token})`) || text.includes(`${token},`), `${name}: ${token}`).to.be.true;
    }
  });
});
