/**
 * Checks of what a person types into the configurator or the WordPress block, where they type
 * it: what is clearly meant is completed (and shown completed), what the element would drop with
 * a console warning is refused (and the form says so beside the field). Nothing typed is dropped
 * in silence. Pure functions, no DOM: the forms word the outcome in their own language.
 *
 * Not part of the element: it loads none of this.
 */
import { parseExitUrl } from './attributes.js';

/** The outcome of a check: nothing typed, fine as typed, completed to `value`, or refused. */
export type FieldCheck = { status: 'empty' } | { status: 'ok'; value: string } | { status: 'completed'; value: string } | { status: 'refused' };

const EMPTY: FieldCheck = { status: 'empty' };
const REFUSED: FieldCheck = { status: 'refused' };

/** `www.example.nl`, `example.nl/path`: a host name with a dot, written without a scheme. */
const HOST_WITHOUT_SCHEME = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#]\S*)?$/u;

/** An http(s) address as typed, or completed with `https://` when it was written without a scheme. */
function httpAddress(typed: string): FieldCheck {
  const value = typed.trim();
  if (!value) return EMPTY;
  if (parseExitUrl(value).value) return { status: 'ok', value };
  if (!HOST_WITHOUT_SCHEME.test(value)) return REFUSED;
  const completed = parseExitUrl(`https://${value}`).value;
  return completed ? { status: 'completed', value: completed } : REFUSED;
}

/**
 * The quick-exit address (`exit-url`): a full http(s) address. `www.buienradar.nl` becomes
 * `https://www.buienradar.nl/`; `javascript:…`, `//host`, a bare word are refused.
 */
export const checkExitUrl = (typed: string): FieldCheck => httpAddress(typed);

/**
 * The element's `id`, which names its shareable links (`#<id>-3`): no spaces (an id with one
 * matches no link), no leading `#`. `Vragen mensenhandel` becomes `Vragen-mensenhandel`.
 */
export function checkId(typed: string): FieldCheck {
  const value = typed.trim();
  if (!value) return EMPTY;
  const completed = value.replace(/^#+/, '').replace(/\s+/g, '-');
  if (!completed) return REFUSED;
  return completed === value ? { status: 'ok', value } : { status: 'completed', value: completed };
}

/** The file a page loads; every other file is addressed beside it. */
export const SCRIPT_FILE = 'mensenhandel-faq.js';

/**
 * Where the page loads the script from: a full http(s) address or a path from the site's root
 * (`/assets/faq/mensenhandel-faq.js`), ending in the script's name. A folder gets the name
 * added; an address without a scheme gets `https://`.
 */
export function checkScriptUrl(typed: string): FieldCheck {
  const value = typed.trim();
  if (!value) return EMPTY;
  const rootPath = value.startsWith('/') && !value.startsWith('//');
  const address: FieldCheck = rootPath ? { status: 'ok', value } : httpAddress(value);
  if (address.status !== 'ok' && address.status !== 'completed') return REFUSED;
  const path = address.value.replace(/[?#].*$/, '');
  if (path.endsWith(`/${SCRIPT_FILE}`)) return address;
  if (path.endsWith('/')) return { status: 'completed', value: `${path}${SCRIPT_FILE}` };
  return REFUSED;
}
