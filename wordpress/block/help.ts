/**
 * The partner's own help lines in the sidebar: one for every language (the configurator's
 * single text), and where wanted one per language, as the widget allows (`<p slot="help"
 * lang="pl">`: a Polish visitor sees that one instead). Plain text, saved escaped.
 */
import { Button, SelectControl, TextareaControl } from '@wordpress/components';
import { createElement as h, Fragment } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { helpMarkup } from '../../src/embed/config.js';
import { LANGUAGE_OPTIONS, languageName } from './languages.js';
import { helpText, type Help } from './options.js';

interface Props {
  help: Help[];
  change: (help: Help[]) => void;
}

export function HelpLines({ help, change }: Props) {
  const own = help.filter(({ lang }) => lang);
  const general = help.find(({ lang }) => !lang)?.content ?? '';
  // Each line keeps its place; the one for every language first.
  const set = (lang: string, text: string) => {
    const line = { lang: lang || undefined, content: text.trim() ? helpMarkup(text) : '' };
    change(lang ? help.map((entry) => (entry.lang === lang ? line : entry)) : [line, ...own]);
  };
  const field = (lang: string, content: string, label: string, hint?: string) =>
    h(TextareaControl, { key: lang, label, help: hint, value: helpText(content), onChange: (text: string) => set(lang, text) });
  return h(
    Fragment,
    null,
    field(
      '',
      general,
      __('Your own help line: phone, chat, opening hours', 'mensenhandel-faq'),
      __('Shown below the answers, under the heading “Help and contact”, in every language without a help line of its own. Plain text; the widget never makes up phone numbers.', 'mensenhandel-faq'),
    ),
    ...own.map(({ lang, content }) =>
      h(
        'div',
        { key: lang },
        field(lang!, content, sprintf(__('Help line for visitors reading %s', 'mensenhandel-faq'), languageName(lang!))),
        h(Button, {
          icon: 'trash',
          label: sprintf(__('Remove the help line for %s', 'mensenhandel-faq'), languageName(lang!)),
          onClick: () => change(help.filter((entry) => entry.lang !== lang)),
        }),
      ),
    ),
    h(SelectControl, {
      label: __('Add a help line in one language', 'mensenhandel-faq'),
      value: '',
      options: [
        { value: '', label: '—' },
        ...LANGUAGE_OPTIONS.filter(({ value }) => !own.some(({ lang }) => lang === value)),
      ],
      onChange: (lang: string) => lang && change([...help, { lang, content: '' }]),
    }),
  );
}
