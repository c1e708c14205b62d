/**
 * The configurator (the product site's home page, and `npm start`): reads the form, shows a live
 * widget made from the very code it offers, and copies that code. What a person types is checked
 * where it is typed (src/field-checks.ts): completed and shown completed, or refused with a
 * message beside the field. No code is offered until the script's address is filled in, so
 * nobody copies an address that points at this site or at their own machine. Works by keyboard;
 * announces copying politely.
 */
import { checkExitUrl, checkId, checkScriptUrl, type FieldCheck } from '../src/field-checks.js';
import { DEFAULT_CONFIG, embed, HOUSE_STYLES, type Config, type Embed } from '../src/embed/index.js';
import { themeHref } from '../src/embed/house-styles.js';
import type { HeadingLevel, QuestionId } from '../src/index.js';

/** Where the house styles' stylesheets are served: their npm packages' folder (HOUSE_STYLES names them under /node_modules/). */
export interface Sources {
  /** The folder that stands for /node_modules/ (the site copies the themes to its own themes/). */
  themes: URL;
}

/** What each checked field says about its outcome (in Dutch, beside the field). */
const FIELDS: Record<string, { check: (typed: string) => FieldCheck; refused: string }> = {
  exitUrl: {
    check: checkExitUrl,
    refused: 'Dit adres werkt niet voor de knop “Snel weg”: gebruik een volledig adres dat begint met https://, bijvoorbeeld https://www.buienradar.nl/. Er komt nu geen knop.',
  },
  id: { check: checkId, refused: 'Gebruik letters, cijfers of streepjes, bijvoorbeeld faq. Er komen nu geen links naar één vraag.' },
  scriptUrl: {
    check: checkScriptUrl,
    refused: 'Dit adres wijst niet naar mensenhandel-faq.js: gebruik bijvoorbeeld https://uw-site.nl/assets/faq/mensenhandel-faq.js of /assets/faq/mensenhandel-faq.js.',
  },
};

const END_TAG = '</mensenhandel-faq>';

/** The value a checked field gives: as typed or completed; nothing when empty or refused. */
const checkedValue = (outcome: FieldCheck) => (outcome.status === 'ok' || outcome.status === 'completed' ? outcome.value : undefined);

/**
 * Sets up the configurator in `root`; the returned function resolves once the code and preview
 * show the latest choices.
 */
export function setUpConfigurator(root: Document | ShadowRoot | HTMLElement, sources: Sources = { themes: new URL('/node_modules/', location.href) }): () => Promise<Embed | undefined> {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('#configurator');
  const list = $<HTMLOListElement>('#questions');
  const script = document.querySelector<HTMLScriptElement>('script[src*="mensenhandel-faq"]');
  // The script this page loaded: the preview uses it, and the embed is made of the files beside it.
  const loadedFrom = script ? script.src : new URL('/dist/mensenhandel-faq.js', location.href).href;
  const dist = new URL('.', loadedFrom);

  for (const item of list.querySelectorAll('li')) addQuestionControls(item);

  const field = (name: string) => $<HTMLInputElement>(`#${name}`);
  const fieldValue = (name: string) => checkedValue(FIELDS[name]!.check(field(name).value));
  /** Shows a checked field's outcome beside it, and puts a completed value into the field. */
  const showCheck = (name: string) => {
    const input = field(name);
    const outcome = FIELDS[name]!.check(input.value);
    const status = $(`#${name}-status`);
    if (outcome.status === 'completed') input.value = outcome.value;
    status.textContent = outcome.status === 'completed' ? `Aangepast tot ${outcome.value}` : outcome.status === 'refused' ? FIELDS[name]!.refused : '';
    status.classList.toggle('refused', outcome.status === 'refused');
    if (outcome.status === 'refused') input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };

  /** The choices, less the script's address (`Omit`: the code and the preview each add their own). */
  const read = (): Omit<Config, 'scriptUrl'> => {
    const data = new FormData(form);
    const rows = [...list.querySelectorAll<HTMLLIElement>('li')];
    const checked = (name: string) => rows.filter((row) => row.querySelector<HTMLInputElement>(`[name="${name}"]`)!.checked);
    const ids = (items: HTMLLIElement[]) => items.map((row) => Number(row.dataset.id) as QuestionId);
    return {
      ...DEFAULT_CONFIG,
      lang: String(data.get('lang') ?? '') || undefined,
      theme: data.get('theme') as Config['theme'],
      questions: ids(checked('show')),
      open: ids(checked('open')),
      single: data.has('single'),
      headingLevel: Number(data.get('headingLevel')) as HeadingLevel,
      hideTitle: data.has('hideTitle'),
      hideExpandAll: data.has('hideExpandAll'),
      languageMenu: data.has('languageMenu'),
      id: fieldValue('id'),
      exitUrl: fieldValue('exitUrl'),
      structuredData: data.has('structuredData'),
      help: String(data.get('help') ?? '').trim() || undefined,
      strictCsp: data.has('strictCsp'),
      houseStyle: String(data.get('houseStyle') ?? '') || undefined,
    };
  };

  const preview = $<HTMLElement>('#preview');
  // Each change renders the embed anew; only the latest one is shown. The code (once the script's
  // address is filled in) addresses the files on the webmaster's server; the preview is the same
  // element addressing this site's copy, so it loads nothing from anywhere else.
  let latest: Promise<Embed | undefined> | undefined;
  const update = () => {
    const choices = read();
    const scriptUrl = fieldValue('scriptUrl');
    // Without the quick exit: pressing Shift three times while typing here, or trying the button,
    // would leave the configurator and lose every choice (the note under the preview says so).
    $<HTMLElement>('#preview-exit-note').hidden = !choices.exitUrl;
    const rendering = Promise.all([
      embed({ ...choices, exitUrl: undefined, scriptUrl: loadedFrom }, dist),
      scriptUrl ? embed({ ...choices, scriptUrl }, dist) : undefined,
    ]);
    const done: Promise<Embed | undefined> = rendering.then(async ([shown, code]): Promise<Embed | undefined> => {
      if (latest !== done) return latest;
      $('#snippet-head').textContent = code?.head ?? '';
      $('#snippet-body').textContent = code?.body ?? '';
      $<HTMLElement>('#code').hidden = !code;
      $<HTMLElement>('#code-waiting').hidden = Boolean(code);
      // The live widget is the element as the page gets it (the page has loaded the script
      // already; the preloads after it are left out), upgraded at once (Firefox would do it a
      // moment later).
      preview.setHTMLUnsafe(shown.body.slice(0, shown.body.indexOf(END_TAG) + END_TAG.length));
      customElements.upgrade(preview);
      await preview.querySelector('mensenhandel-faq')!.updateComplete;
      return code;
    });
    latest = done;
    return done;
  };
  const houseStyle = $<HTMLSelectElement>('#houseStyle');
  for (const style of HOUSE_STYLES) houseStyle.append(new Option(style.name, style.id));
  // The widget needs at least one question: the last one shown cannot be unticked.
  const keepOneQuestion = () => {
    const shown = [...list.querySelectorAll<HTMLInputElement>('input[name="show"]')];
    const ticked = shown.filter((box) => box.checked);
    for (const box of shown) box.disabled = ticked.length === 1 && box.checked;
  };
  form.addEventListener('input', update);
  form.addEventListener('change', async (event) => {
    const target = event.target as Element;
    if (target.id in FIELDS) showCheck(target.id);
    keepOneQuestion();
    // A house style is the portal's: it dresses the preview, and the embed carries the styles
    // the widget takes from it.
    if (target === houseStyle) await showHouseStyle(preview, houseStyle.value, sources.themes);
    update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-move]');
    if (!button) return;
    const item = button.closest('li')!;
    const sibling = button.dataset.move === 'up' ? item.previousElementSibling : item.nextElementSibling?.nextElementSibling;
    if (button.dataset.move === 'up' && !sibling) return;
    list.insertBefore(item, sibling ?? null);
    button.focus();
    update();
  });

  const status = $('#copy-status');
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText($(`#${button.dataset.copy}`).textContent!);
        status.textContent = button.dataset.copied!;
      } catch {
        status.textContent = 'Kopiëren lukte niet: selecteer de code en kopieer die zelf.';
      }
    });
  }
  // “Terug naar de instellingen” returns to the setting last changed, not to the top of the form.
  let lastField: HTMLElement | undefined;
  form.addEventListener('focusin', (event) => (lastField = event.target as HTMLElement));
  $('.to-settings').addEventListener('click', (event) => {
    if (!lastField) return;
    event.preventDefault();
    lastField.focus();
    lastField.scrollIntoView({ block: 'center' });
  });
  void update();
  return () => latest!;
}

/**
 * Dresses the preview as a portal in a house style: the theme's stylesheets from its npm package
 * (loaded once from `themes`; they only style elements inside the theme's class) and its class on
 * the preview.
 */
async function showHouseStyle(preview: HTMLElement, id: string, themes: URL): Promise<void> {
  const style = HOUSE_STYLES.find((candidate) => candidate.id === id);
  preview.classList.remove(...HOUSE_STYLES.map((candidate) => candidate.className));
  if (!style) return;
  await Promise.all(
    style.stylesheets.map((path) => {
      const href = themeHref(path, themes);
      if (document.querySelector(`link[href="${href}"]`)) return undefined;
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
      document.head.append(link);
      return new Promise((resolve) => {
        link.addEventListener('load', resolve, { once: true });
        link.addEventListener('error', resolve, { once: true });
      });
    }),
  );
  preview.classList.add(style.className);
}

/** Turns a plain `<li data-id>question</li>` into a row with show/open checkboxes and move buttons. */
function addQuestionControls(item: HTMLLIElement): void {
  const id = item.dataset.id!;
  const question = item.textContent!.trim();
  item.textContent = '';
  const checkbox = (name: string, label: string, checked: boolean, fullName: string) => {
    const wrapper = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = name;
    input.checked = checked;
    input.setAttribute('aria-label', fullName);
    wrapper.append(input, ` ${label}`);
    return wrapper;
  };
  const move = (direction: 'up' | 'down', text: string) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.move = direction;
    button.textContent = text;
    button.setAttribute('aria-label', `Vraag ${id} ${direction === 'up' ? 'omhoog' : 'omlaag'}`);
    return button;
  };
  const text = document.createElement('span');
  text.className = 'question';
  text.textContent = `${id}. ${question}`;
  item.append(
    text,
    checkbox('show', 'tonen', true, `Vraag ${id} tonen`),
    checkbox('open', 'open', false, `Vraag ${id} open bij laden`),
    move('up', '↑'),
    move('down', '↓'),
  );
}
