// What the block uses of `wp.i18n` in WordPress 6.1 (see element.d.ts): the plugin's PHP loads
// the translations of its text domain into it (wp_set_script_translations).
/** `text` in the admin's language, from the text domain `domain`. */
export function __(text: string, domain: string): string;
/** `format` with `%s`, `%d` or `%1$s` replaced by `args`. */
export function sprintf(format: string, ...args: (string | number)[]): string;
