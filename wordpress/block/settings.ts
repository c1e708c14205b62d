/**
 * The block's sidebar: every option of the widget, in the admin's language (English source
 * strings, text domain `mensenhandel-faq`; the Dutch ones reuse the configurator's words in
 * demo/index.html), with a one-line hint where a word is jargon. Question texts and language
 * names come from the widget's own sources.
 */
import { PanelBody, SelectControl, ToggleControl } from '@wordpress/components';
import { createElement as h, Fragment } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { checkExitUrl, checkId } from '../../src/field-checks.js';
import { CheckedField } from './fields.js';
import { HelpLines } from './help.js';
import { LANGUAGE_OPTIONS } from './languages.js';
import type { HeadingLevel } from '../../src/attributes.js';
import type { Options } from './options.js';
import { Questions } from './questions.js';

interface Props {
  /** Options with known question ids only (options.ts `known`). */
  options: Options;
  change: (changed: Partial<Options>) => void;
}

const languages = () => [{ value: '', label: __('The page’s language', 'mensenhandel-faq') }, ...LANGUAGE_OPTIONS];

const themes = () => [
  { value: 'light', label: __('Light', 'mensenhandel-faq') },
  { value: 'dark', label: __('Dark', 'mensenhandel-faq') },
  { value: 'auto', label: __('Follows the visitor’s setting', 'mensenhandel-faq') },
];

const headingLevels = () =>
  [1, 2, 3, 4, 5, 6].map((level) => ({
    value: String(level),
    label: level < 6 ? sprintf(__('Level %1$d (questions level %2$d)', 'mensenhandel-faq'), level, level + 1) : __('Level 6 (questions level 6 too)', 'mensenhandel-faq'),
  }));

export function Settings({ options, change }: Props) {
  return h(
    Fragment,
    null,
    h(
      PanelBody,
      { title: __('Language and colours', 'mensenhandel-faq') },
      h(SelectControl, { label: __('Language', 'mensenhandel-faq'), value: options.lang, options: languages(), onChange: (lang: string) => change({ lang }) }),
      h(ToggleControl, {
        label: __('Let visitors choose from all languages', 'mensenhandel-faq'),
        checked: options.languageMenu,
        onChange: (languageMenu: boolean) => change({ languageMenu }),
      }),
      h(SelectControl, { label: __('Colours', 'mensenhandel-faq'), value: options.theme, options: themes(), onChange: (theme: string) => change({ theme: theme as Options['theme'] }) }),
    ),
    h(PanelBody, { title: __('Questions, order and what is open', 'mensenhandel-faq') }, h(Questions, { options, change })),
    h(
      PanelBody,
      { title: __('Behaviour and display', 'mensenhandel-faq') },
      h(ToggleControl, { label: __('One answer open at a time', 'mensenhandel-faq'), checked: options.single, onChange: (single: boolean) => change({ single }) }),
      h(ToggleControl, { label: __('Hide the title', 'mensenhandel-faq'), checked: options.hideTitle, onChange: (hideTitle: boolean) => change({ hideTitle }) }),
      h(ToggleControl, {
        label: __('Hide the “show all answers” button', 'mensenhandel-faq'),
        checked: options.hideExpandAll,
        onChange: (hideExpandAll: boolean) => change({ hideExpandAll }),
      }),
      h(SelectControl, {
        label: __('Heading level of the title', 'mensenhandel-faq'),
        help: __('Headings are the outline of the page that screen readers and search engines follow. Choose one level below the heading above the block: under the page title (level 1), choose 2. The questions are one level lower.', 'mensenhandel-faq'),
        value: String(options.headingLevel),
        options: headingLevels(),
        onChange: (level: string) => change({ headingLevel: Number(level) as HeadingLevel }),
      }),
    ),
    h(
      PanelBody,
      { title: __('Sharing, search engines and quick exit', 'mensenhandel-faq') },
      h(CheckedField, {
        label: __('Name for links to one question', 'mensenhandel-faq'),
        hint: __('For example faq: then a link ending in #faq-3 opens question 3, and each answer gets a button that copies its link. Empty: no such links.', 'mensenhandel-faq'),
        completed: __('Changed to %s: a name for links has no spaces and no #.', 'mensenhandel-faq'),
        refused: __('A name for links needs a letter or a digit.', 'mensenhandel-faq'),
        value: options.id,
        check: checkId,
        change: (id: string) => change({ id }),
      }),
      h(CheckedField, {
        label: __('Address for the “Exit this page” button', 'mensenhandel-faq'),
        hint: __('A neutral website, for example https://www.buienradar.nl/. Empty: no button. The button shows on the page, not in the editor.', 'mensenhandel-faq'),
        completed: __('Completed to %s: the button needs a full web address.', 'mensenhandel-faq'),
        refused: __('This is not a web address, so the page would show no button. Type one like https://www.buienradar.nl/.', 'mensenhandel-faq'),
        type: 'url',
        value: options.exitUrl,
        check: checkExitUrl,
        change: (exitUrl: string) => change({ exitUrl }),
      }),
      h(ToggleControl, {
        label: __('Tell search engines these are frequently asked questions', 'mensenhandel-faq'),
        help: __('Adds the questions and answers to the page in a form search engines read (structured data, FAQPage).', 'mensenhandel-faq'),
        checked: options.structuredData,
        onChange: (structuredData: boolean) => change({ structuredData }),
      }),
    ),
    h(
      PanelBody,
      { title: __('Help from your organisation', 'mensenhandel-faq') },
      h(HelpLines, { help: options.help, change: (help: Options['help']) => change({ help }) }),
    ),
  );
}
