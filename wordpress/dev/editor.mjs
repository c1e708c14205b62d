// The block editor of WordPress 6.1, used as a site editor uses it: log in, open the editor, add
// the block "Mensenhandel FAQ" through the inserter, publish. Shared by test/wordpress/block.suite.mjs and
// wordpress/dev/screenshots.mjs.

/**
 * The Editor (role) that the tests and screenshots log in as: no unfiltered_html on this site,
 * and Dutch as their admin language (Users → Profile → Language: user meta `locale`).
 */
export const EDITOR = { login: 'redacteur', password: 'Redacteur-Pass-1' };
/** The site's administrator (site.mjs installs WordPress with it), in the site's English. */
export const ADMINISTRATOR = { login: 'admin', password: 'admin-Pass-123' };

/** Adds the Editor to the site, returns their user id. */
export const addEditor = (site) =>
  site
    .php(
      `echo wp_insert_user(['user_login' => '${EDITOR.login}', 'user_pass' => '${EDITOR.password}', 'role' => 'editor', 'user_email' => 'redactie@example.org', 'locale' => 'nl_NL']);`,
    )
    .trim();

/** A browser page logged in as this user, on the dashboard. */
export async function logIn(site, browser, user) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${site.url}/wp-login.php`);
  await page.fill('#user_login', user.login);
  await page.fill('#user_pass', user.password);
  await page.click('#wp-submit');
  await page.waitForURL(/wp-admin/);
  return page;
}

/**
 * What a site owner does with the zip: Plugins → Add New → Upload Plugin, choose the file,
 * Install Now, Activate Plugin. Returns the page, on the plugins list.
 */
export async function uploadPlugin(site, browser) {
  const page = await logIn(site, browser, ADMINISTRATOR);
  await page.locator('#menu-plugins').getByRole('link', { name: /^Plugins/ }).click();
  await page.locator('#menu-plugins').getByRole('link', { name: 'Add New', exact: true }).click();
  await page.getByRole('button', { name: 'Upload Plugin' }).click();
  await page.getByLabel('Plugin zip file').setInputFiles('dist/wordpress/mensenhandel-faq.zip');
  await page.getByRole('button', { name: 'Install Now' }).click();
  await page.getByRole('link', { name: 'Activate Plugin' }).click();
  await page.waitForURL(/plugins\.php/);
  return page;
}

/**
 * A browser page logged in as the Editor (or another user), with the block editor open (on a
 * new post by default), and the problems it reports: script errors, and console errors or
 * warnings about blocks or the widget (WordPress reports an invalid block there).
 */
export async function openEditor(site, browser, path = 'post-new.php', user = EDITOR) {
  const page = await logIn(site, browser, user);
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => /block|mensenhandel/i.test(message.text()) && ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
  await page.goto(`${site.url}/wp-admin/${path}`);
  // "Welcome to the block editor" comes with the editor until the user has closed it once.
  const welcome = page.getByRole('dialog', { name: 'Welcome to the block editor' });
  await page.getByRole('textbox', { name: 'Add title' }).or(welcome).waitFor();
  if (await welcome.isVisible()) await welcome.getByRole('button', { name: 'Close dialog' }).click();
  return { page, problems };
}

/** Adds the block through the inserter and opens its settings; returns the preview's element. */
export async function addBlock(page, { inserted } = {}) {
  await page.getByRole('textbox', { name: 'Add title' }).fill('Vragen over mensenhandel');
  await page.getByRole('button', { name: 'Toggle block inserter' }).click();
  await page.getByRole('searchbox').fill('mensenhandel');
  await inserted?.();
  await page.getByRole('option', { name: 'Mensenhandel FAQ' }).click();
  await page.getByRole('button', { name: 'Toggle block inserter' }).click();
  await openSettings(page);
  return page.locator('.block-editor-block-list__layout mensenhandel-faq');
}

/** Opens the sidebar with the selected block's settings, if it is closed. */
export async function openSettings(page) {
  const settings = page.getByRole('button', { name: 'Settings', exact: true });
  if ((await settings.getAttribute('aria-expanded')) !== 'true') await settings.click();
}

/** Publishes the post being edited, returns its id. */
export async function publishPost(page) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('region', { name: 'Editor publish' }).getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('link', { name: 'View Post' }).first().waitFor();
  return page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
}
