/**
 * The sidebar's list of questions: which are shown (in their order, then the hidden ones), which
 * are open at first, moving them; and, with fewer than six, what that does not change.
 */
import { Button, CheckboxControl } from '@wordpress/components';
import { createElement as h, Fragment } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { faqContent } from '../../src/content.js';
import { translator } from '../../src/messages.js';
import type { Options } from './options.js';

/** The widget's source content: question texts and the title, as in the widget. */
const CONTENT = faqContent(translator());

interface Props {
  /** Options with known question ids only (options.ts `known`). */
  options: Options;
  change: (changed: Partial<Options>) => void;
}

export function Questions({ options, change }: Props) {
  const { questions, open } = options;
  const hidden = CONTENT.entries.filter(({ id }) => !questions.includes(id));
  const move = (index: number, by: number) => {
    const order = [...questions];
    [order[index], order[index + by]] = [order[index + by]!, order[index]!];
    change({ questions: order });
  };
  const row = (id: number, index: number) => {
    const shown = index >= 0;
    const question = CONTENT.entries.find((entry) => entry.id === id)!.question;
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
            label: __('Open when the page loads', 'mensenhandel-faq'),
            __nextHasNoMarginBottom: true,
            checked: open.includes(id),
            onChange: (checked: boolean) => change({ open: checked ? [...open, id] : open.filter((q) => q !== id) }),
          }),
          h(Button, { icon: 'arrow-up-alt2', label: sprintf(__('Move question %d up', 'mensenhandel-faq'), id), disabled: index === 0, onClick: () => move(index, -1) }),
          h(Button, {
            icon: 'arrow-down-alt2',
            label: sprintf(__('Move question %d down', 'mensenhandel-faq'), id),
            disabled: index === questions.length - 1,
            onClick: () => move(index, 1),
          }),
        ),
    );
  };
  return h(
    Fragment,
    null,
    // A list without numbers: each question carries its own id, which is what the widget's
    // `questions` and `open` and its shareable links use.
    h('ul', { style: { listStyle: 'none', margin: 0 } }, ...questions.map(row), ...hidden.map(({ id }) => row(id, -1))),
    // The widget's title is one fixed text per language (src/content.ts), whatever is shown.
    questions.length < CONTENT.entries.length &&
      !options.hideTitle &&
      h(
        'p',
        { className: 'components-base-control__help' },
        sprintf(
          __('The title still says “6” (“%s”), in every language. If that is wrong here, turn on “Hide the title” and put your own heading above the block.', 'mensenhandel-faq'),
          CONTENT.title,
        ),
      ),
  );
}
