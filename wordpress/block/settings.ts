/**
 * The block's sidebar: every option of the widget, in Dutch, in the configurator's words
 * (demo/index.html). Question texts and language names come from the widget's own sources.
 */
import { Button, CheckboxControl, PanelBody, SelectControl, TextControl, ToggleControl } from '@wordpress/components';
import { createElement as h, Fragment } from '@wordpress/element';
import { faqContent } from '../../src/content.js';
import { endonym } from '../../src/features/language-menu.js';
import { LOCALES } from '../../src/locale.js';
import { translator } from '../../src/messages.js';
import type { Options } from './options.js';

interface Props {
  options: Options;
  change: (changed: Partial<Options>) => void;
}

const DUTCH_NAMES = new Intl.DisplayNames(['nl'], { type: 'language' });

/** "Polski (Pools)": a language as the visitor language menu names it, then in Dutch. */
const LANGUAGES = [
  { value: '', label: 'De taal van de pagina' },
  ...LOCALES.map((code) => ({ value: code, label: code === 'nl' ? endonym(code) : `${endonym(code)} (${DUTCH_NAMES.of(code)})` })),
];

const THEMES = [
  { value: 'light', label: 'Licht' },
  { value: 'dark', label: 'Donker' },
  { value: 'auto', label: 'Volgt de instelling van de bezoeker' },
];

const HEADING_LEVELS = [1, 2, 3, 4, 5, 6].map((level) => ({
  value: String(level),
  label: level < 6 ? `h${level} (vragen h${level + 1})` : 'h6 (vragen ook h6)',
}));

const QUESTIONS = faqContent(translator()).entries;

/** The questions: which are shown (in their order, then the hidden ones), which are open, moving. */
function Questions({ options, change }: Props) {
  const { questions, open } = options;
  const hidden = QUESTIONS.filter(({ id }) => !questions.includes(id));
  const move = (index: number, by: number) => {
    const order = [...questions];
    [order[index], order[index + by]] = [order[index + by]!, order[index]!];
    change({ questions: order });
  };
  const row = (id: number, index: number) => {
    const shown = index >= 0;
    const question = QUESTIONS.find((entry) => entry.id === id)!.question;
    return h(
      'li',
      { key: id },
      h(CheckboxControl, {
        label: `${id}. ${question}`,
        checked: shown,
        // The widget needs at least one question.
        disabled: shown && questions.length === 1,
        onChange: (checked: boolean) =>
          change(checked ? { questions: [...questions, id] } : { questions: questions.filter((q) => q !== id), open: open.filter((q) => q !== id) }),
      }),
      shown &&
        h(
          'div',
          { style: { display: 'flex', alignItems: 'center', gap: '4px', margin: '-8px 0 8px 28px' } },
          h(CheckboxControl, {
            label: 'Open bij het laden',
            __nextHasNoMarginBottom: true,
            checked: open.includes(id),
            onChange: (checked: boolean) => change({ open: checked ? [...open, id] : open.filter((q) => q !== id) }),
          }),
          h(Button, { icon: 'arrow-up-alt2', label: `Vraag ${id} hoger zetten`, disabled: index === 0, onClick: () => move(index, -1) }),
          h(Button, { icon: 'arrow-down-alt2', label: `Vraag ${id} lager zetten`, disabled: index === questions.length - 1, onClick: () => move(index, 1) }),
        ),
    );
  };
  // A list without numbers: each question carries its own id, which is what the widget's
  // `questions` and `open` and its shareable links use.
  return h('ul', { style: { listStyle: 'none', margin: 0 } }, ...questions.map(row), ...hidden.map(({ id }) => row(id, -1)));
}

export function Settings({ options, change }: Props) {
  return h(
    Fragment,
    null,
    h(
      PanelBody,
      { title: 'Taal en kleuren' },
      h(SelectControl, { label: 'Taal', value: options.lang, options: LANGUAGES, onChange: (lang: string) => change({ lang }) }),
      h(ToggleControl, {
        label: 'Bezoekers laten kiezen uit alle talen',
        checked: options.languageMenu,
        onChange: (languageMenu: boolean) => change({ languageMenu }),
      }),
      h(SelectControl, { label: 'Thema', value: options.theme, options: THEMES, onChange: (theme: string) => change({ theme: theme as Options['theme'] }) }),
    ),
    h(PanelBody, { title: 'Vragen, volgorde en wat open staat' }, h(Questions, { options, change })),
    h(
      PanelBody,
      { title: 'Gedrag en weergave' },
      h(ToggleControl, { label: 'Eén antwoord tegelijk open', checked: options.single, onChange: (single: boolean) => change({ single }) }),
      h(ToggleControl, { label: 'Titel verbergen', checked: options.hideTitle, onChange: (hideTitle: boolean) => change({ hideTitle }) }),
      h(ToggleControl, {
        label: 'Knop “alle antwoorden tonen” verbergen',
        checked: options.hideExpandAll,
        onChange: (hideExpandAll: boolean) => change({ hideExpandAll }),
      }),
      h(SelectControl, {
        label: 'Kopniveau van de titel',
        value: String(options.headingLevel),
        options: HEADING_LEVELS,
        onChange: (level: string) => change({ headingLevel: Number(level) }),
      }),
    ),
    h(
      PanelBody,
      { title: 'Delen, zoekmachines en snel weg' },
      h(TextControl, {
        label: 'Naam (id) voor deelbare links',
        help: 'Bijvoorbeeld faq: dan opent …#faq-3 vraag 3, en elk antwoord krijgt een knop om zijn link te kopiëren.',
        value: options.id,
        onChange: (id: string) => change({ id: id.trim() }),
      }),
      h(TextControl, {
        label: 'Adres voor de knop “Snel weg”',
        help: 'Een neutrale website, bijvoorbeeld https://www.buienradar.nl/. Leeg: geen knop. De knop staat niet in de editor, wel op de pagina.',
        type: 'url',
        value: options.exitUrl,
        onChange: (exitUrl: string) => change({ exitUrl: exitUrl.trim() }),
      }),
      h(ToggleControl, {
        label: 'Gestructureerde gegevens (FAQPage) voor zoekmachines',
        checked: options.structuredData,
        onChange: (structuredData: boolean) => change({ structuredData }),
      }),
    ),
  );
}
