/**
 * The demo's configurator: reads the form, shows the snippet and a live widget made from that
 * very snippet, and copies it. Works by keyboard; announces copying politely.
 */
import { HOUSE_STYLES } from './house-styles.js';
import { DEFAULT_CONFIG, embed, type Config, type Embed } from './snippet.js';

/** Sets up the configurator in `root`; the returned function resolves once the code and preview show the latest choices. */
export function setUpConfigurator(root: Document | ShadowRoot | HTMLElement): () => Promise<Embed> {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('#configurator');
  const list = $<HTMLOListElement>('#questions');
  const scriptUrl = $<HTMLInputElement>('#scriptUrl');
  const script = document.querySelector<HTMLScriptElement>('script[src*="mensenhandel-faq"]');
  // The script this page loaded: the configurator renders the widget with it.
  const loadedFrom = script ? script.src : new URL('/dist/mensenhandel-faq.js', location.href).href;
  scriptUrl.value = loadedFrom;

  for (const item of list.querySelectorAll('li')) addQuestionControls(item);

  const read = (): Config => {
    const data = new FormData(form);
    const rows = [...list.querySelectorAll<HTMLLIElement>('li')];
    const checked = (name: string) => rows.filter((row) => row.querySelector<HTMLInputElement>(`[name="${name}"]`)!.checked);
    const ids = (items: HTMLLIElement[]) => items.map((row) => Number(row.dataset.id));
    return {
      ...DEFAULT_CONFIG,
      scriptUrl: scriptUrl.value,
      lang: String(data.get('lang') ?? '') || undefined,
      theme: data.get('theme') as Config['theme'],
      questions: ids(checked('show')),
      open: ids(checked('open')),
      single: data.has('single'),
      headingLevel: Number(data.get('headingLevel')),
      hideTitle: data.has('hideTitle'),
      hideExpandAll: data.has('hideExpandAll'),
      languageMenu: data.has('languageMenu'),
      id: String(data.get('id') ?? '').trim() || undefined,
      exitUrl: String(data.get('exitUrl') ?? '').trim() || undefined,
      structuredData: data.has('structuredData'),
      help: String(data.get('help') ?? '').trim() || undefined,
      strictCsp: data.has('strictCsp'),
    };
  };

  const preview = $<HTMLElement>('#preview');
  // Each change renders the embed anew; only the latest one is shown.
  let latest: Promise<Embed> | undefined;
  const update = () => {
    const rendering = embed(read(), preview, loadedFrom);
    latest = rendering;
    return rendering.then(async (code) => {
      if (latest !== rendering) return latest;
      $('#snippet-head').textContent = code.head;
      $('#snippet-body').textContent = code.body;
      // The live widget is the body as the page gets it (the page has loaded the script already),
      // upgraded at once (Firefox would do it a moment later).
      preview.setHTMLUnsafe(code.body);
      customElements.upgrade(preview);
      await preview.querySelector('mensenhandel-faq')!.updateComplete;
      return code;
    });
  };
  const houseStyle = $<HTMLSelectElement>('#houseStyle');
  for (const style of HOUSE_STYLES) houseStyle.append(new Option(style.name, style.id));
  form.addEventListener('input', update);
  form.addEventListener('change', async (event) => {
    // A house style is the portal's: it dresses the preview, and the embed (rendered in the
    // preview) then carries the styles the widget takes from it.
    if (event.target === houseStyle) await showHouseStyle(preview, houseStyle.value);
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
        status.textContent = 'Gekopieerd.';
      } catch {
        status.textContent = 'Kopiëren lukte niet: selecteer de code en kopieer die zelf.';
      }
    });
  }
  void update();
  return () => latest!;
}

/**
 * Dresses the preview as a portal in a house style: the theme's stylesheets from its npm package
 * (loaded once; they only style elements inside the theme's class) and its class on the preview.
 */
async function showHouseStyle(preview: HTMLElement, id: string): Promise<void> {
  const style = HOUSE_STYLES.find((candidate) => candidate.id === id);
  preview.classList.remove(...HOUSE_STYLES.map((candidate) => candidate.className));
  if (!style) return;
  await Promise.all(
    style.stylesheets.map((href) => {
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
