/**
 * A text field checked where it is typed (src/field-checks.ts): the block saves the checked value
 * at each keystroke, and when the field is left it shows what became of the text, so nothing
 * typed is dropped in silence. A completed value replaces the text, with a line saying so; a
 * refused one stays in the field, marked invalid, with the reason as its description.
 */
import { TextControl } from '@wordpress/components';
import { createElement as h, useState } from '@wordpress/element';
import { sprintf } from '@wordpress/i18n';
import type { FieldCheck } from '../../src/field-checks.js';

interface Props {
  label: string;
  /** What the field is for: its description until a check has something to say. */
  hint: string;
  /** The line for a completed value (`%s`: the value), and the reason for a refused one. */
  completed: string;
  refused: string;
  value: string;
  type?: string;
  check: (typed: string) => FieldCheck;
  change: (value: string) => void;
}

/** The value to save: what the check accepts, else nothing (the element would drop it anyway). */
const accepted = (result: FieldCheck) => (result.status === 'ok' || result.status === 'completed' ? result.value : '');

export function CheckedField({ label, hint, completed, refused, value, type, check, change }: Props) {
  const [typed, setTyped] = useState(value);
  // Shown once the field is left; typing again clears it.
  const [outcome, setOutcome] = useState<FieldCheck | null>(null);
  return h(TextControl, {
    label,
    type,
    value: typed,
    help: outcome?.status === 'completed' ? sprintf(completed, outcome.value) : outcome?.status === 'refused' ? refused : hint,
    'aria-invalid': outcome?.status === 'refused' || undefined,
    onChange: (text: string) => {
      setTyped(text);
      setOutcome(null);
      change(accepted(check(text)));
    },
    onBlur: () => {
      const result = check(typed);
      setOutcome(result);
      if (result.status !== 'refused') setTyped(accepted(result));
    },
  });
}
