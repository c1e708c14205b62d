// Screenshots of the WordPress block for docs/wordpress.md (`npm run screenshots:wordpress`, which
// builds first): Debian's WordPress with the plugin (site.mjs), an Editor adding
// the block through the inserter, then choosing Polish and questions 1 and 6 in its settings.
import { addBlock, addEditor, openEditor } from './editor.mjs';
import { start } from './site.mjs';
import { launchBrowser } from './visitor.mjs';

const site = await start();
const browser = await launchBrowser();
try {
  addEditor(site);
  const { page } = await openEditor(site, browser);
  const shot = async (name, options = {}) => {
    await page.screenshot({ path: `docs/wordpress/${name}.png`, ...options });
    console.log(`docs/wordpress/${name}.png`);
  };
  const preview = await addBlock(page, { inserted: () => shot('inserter', { clip: { x: 0, y: 0, width: 700, height: 420 } }) });
  await page.getByRole('combobox', { name: 'Taal', exact: true }).selectOption({ label: 'Polski (Pools)' });
  for (const id of [2, 3, 4, 5]) await page.getByRole('checkbox', { name: new RegExp(`^${id}\\. `) }).uncheck();
  await preview.evaluate((el) => el.updateComplete);
  await page.getByRole('textbox', { name: 'Add title' }).click(); // the block's toolbar off the preview
  await page.locator('.block-editor-block-list__layout mensenhandel-faq').click({ position: { x: 5, y: 5 } });
  await shot('block');
} finally {
  await browser.close();
  await site.stop();
}
