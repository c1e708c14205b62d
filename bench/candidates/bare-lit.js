// The floor for any Lit widget: one element rendering six buttons and panels from its bundled
// content, with a click to toggle. No styling beyond the minimum, no options, no languages.
import { css, html, LitElement } from 'lit';
import content from '../.out/content.json';

class BareFaq extends LitElement {
  static properties = { openIds: { state: true } };
  static styles = css`
    button { display: block; inline-size: 100%; min-block-size: 44px; font: inherit; text-align: start; }
  `;
  constructor() {
    super();
    this.openIds = new Set();
  }
  toggle(i) {
    const next = new Set(this.openIds);
    next.has(i) ? next.delete(i) : next.add(i);
    this.openIds = next;
  }
  render() {
    return content.map(
      ({ question, answer }, i) => html`<h3>
          <button aria-expanded=${this.openIds.has(i)} aria-controls="a${i}" @click=${() => this.toggle(i)}>${question}</button>
        </h3>
        <div id="a${i}" ?hidden=${!this.openIds.has(i)}><p>${answer}</p></div>`,
    );
  }
}
customElements.define('bare-faq', BareFaq);
