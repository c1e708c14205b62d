/**
 * Each house style's own accordion, as its released component renders it (class names and
 * element structure from the packages' React components), with the title as the design
 * system's heading and answers as its paragraphs and links. Styled by the design system's
 * released CSS, never by ours: this is what the widget is compared with.
 */
import type { HouseStyle } from '../../src/embed/house-styles.js';

const modules = '/node_modules';
const QUESTIONS = ['Wat is mensenhandel?', 'Hoe herken je mensenhandel?'];
const ANSWER = 'Bij mensenhandel wordt iemand uitgebuit.';
const LINK = 'Signalen herkennen';

/** The stylesheets of the accordion, heading, paragraph and link components. */
export const REFERENCE_STYLESHEETS: Record<HouseStyle['accordion'], string[]> = {
  // @utrecht/component-library-css 9.0.4: accordion-css 3.0.1 on button-css 3.1.0.
  utrecht: [`${modules}/@utrecht/component-library-css/dist/index.css`],
  // Den Haag's accordion for its 4.x tokens is not released on npm (the released
  // @gemeente-denhaag/accordion reads an older token set that 4.1.0 no longer has):
  // test/house-styles/denhaag-accordion.css applies each released token to the part it names.
  denhaag: [`${modules}/@utrecht/component-library-css/dist/index.css`, '/test/house-styles/denhaag-accordion.css'],
  amsterdam: [`${modules}/@amsterdam/design-system-css/dist/index.css`],
};

const chevron = '<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2"/></svg>';

function utrecht(): string {
  const section = (question: string, n: number) => `<div class="utrecht-accordion__section">
      <h3 class="utrecht-accordion__header">
        <button class="utrecht-button utrecht-button--subtle utrecht-accordion__button" type="button" aria-expanded="true" aria-controls="ref-panel-${n}" id="ref-button-${n}">
          <span class="utrecht-accordion__button-icon">${chevron}</span><span class="utrecht-accordion__button-label">${question}</span>
        </button>
      </h3>
      <section class="utrecht-accordion__panel utrecht-accordion__panel--expanded" id="ref-panel-${n}" aria-labelledby="ref-button-${n}">
        <p class="utrecht-paragraph">${ANSWER} <a class="utrecht-link utrecht-link--html-a" href="#signalen">${LINK}</a></p>
      </section>
    </div>`;
  return `<div class="utrecht-document">
    <h2 class="utrecht-heading-2">De 6 meest gestelde vragen</h2>
    <div class="utrecht-accordion">${QUESTIONS.map(section).join('')}</div>
  </div>`;
}

function denhaag(): string {
  const section = (question: string, n: number) => `<div class="denhaag-accordion-section denhaag-accordion-section--expanded">
      <h3 class="denhaag-accordion-section__heading">
        <button class="denhaag-accordion-section__header" type="button" aria-expanded="true" aria-controls="ref-panel-${n}">
          <span class="denhaag-accordion-section__icon">${chevron}</span><span class="denhaag-accordion-section__title">${question}</span>
        </button>
      </h3>
      <div class="denhaag-accordion-section__content" id="ref-panel-${n}">
        <div class="denhaag-accordion-section__content-body"><p class="utrecht-paragraph">${ANSWER} <a class="utrecht-link utrecht-link--html-a" href="#signalen">${LINK}</a></p></div>
      </div>
    </div>`;
  return `<div class="utrecht-document">
    <h2 class="utrecht-heading-2">De 6 meest gestelde vragen</h2>
    <div class="denhaag-accordion">${QUESTIONS.map(section).join('')}</div>
  </div>`;
}

function amsterdam(): string {
  const section = (question: string, n: number) => `<div class="ams-accordion__section">
      <h3 class="ams-heading ams-heading--3">
        <button class="ams-accordion__button" type="button" aria-expanded="true" aria-controls="ref-panel-${n}">
          <span class="ams-accordion__icon ams-icon">${chevron}</span>${question}
        </button>
      </h3>
      <section class="ams-accordion__panel ams-accordion__panel--expanded" id="ref-panel-${n}">
        <p class="ams-paragraph">${ANSWER} <a class="ams-link" href="#signalen">${LINK}</a></p>
      </section>
    </div>`;
  return `<div>
    <h2 class="ams-heading ams-heading--2">De 6 meest gestelde vragen</h2>
    <div class="ams-accordion">${QUESTIONS.map(section).join('')}</div>
  </div>`;
}

export const referenceAccordion = (style: HouseStyle): string => ({ utrecht, denhaag, amsterdam })[style.accordion]();
