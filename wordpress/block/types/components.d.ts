// What the block uses of `wp.components` in WordPress 6.1 (see element.d.ts).
import type { Component } from './element';

interface Control<T> {
  label: string;
  help?: string;
  disabled?: boolean;
  onChange: (value: T) => void;
}
export const PanelBody: Component<{ title: string; initialOpen?: boolean }>;
export const SelectControl: Component<Control<string> & { value: string; options: { value: string; label: string }[] }>;
export const ToggleControl: Component<Control<boolean> & { checked: boolean }>;
export const CheckboxControl: Component<Control<boolean> & { checked: boolean; __nextHasNoMarginBottom?: boolean }>;
/** A text field; other props (`onBlur`, `aria-invalid`) go to its input, whose description is `help`. */
export const TextControl: Component<Control<string> & { value: string; type?: string; onBlur?: () => void; 'aria-invalid'?: true }>;
export const TextareaControl: Component<Control<string> & { value: string; rows?: number }>;
/** `icon`: a Dashicon's name; `label`: its accessible name and tooltip. */
export const Button: Component<{ icon: string; label: string; disabled?: boolean; onClick: () => void }>;
