// A real WordPress on loopback for the plugin's tests: Debian's WordPress (a private copy with its
// own wp-config.php, so nothing is written to /etc; hardened as many sites are, with
// DISALLOW_UNFILTERED_HTML, so that no Editor may post scripts), MariaDB in a temporary data folder, PHP's
// built-in web server; the plugin unpacked from dist/wordpress/mensenhandel-faq.zip and activated
// (unless `{ plugin: false }`: then a test uploads it as a site owner does). Every process
// started here is stopped by `stop()` (which waits until they have exited), by its id.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WORDPRESS = '/usr/share/wordpress';

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function until(check, what, seconds = 30) {
  for (let i = 0; i < seconds * 10; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out: ${what}`);
}

export async function start({ plugin = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'mensenhandel-faq-wordpress-'));
  const site = join(dir, 'site');
  const processes = [];
  const stop = async () => {
    const running = processes.filter((child) => child.exitCode === null && child.signalCode === null);
    await Promise.all(running.map((child) => new Promise((exited) => child.once('exit', exited).kill('SIGTERM'))));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    cpSync(WORDPRESS, site, { recursive: true, dereference: true });
    rmSync(join(site, '.htaccess'), { force: true });
    // Debian's WordPress ships no theme: wordpress-theme-twentytwentythree (.ci/run) adds one.
    if (!existsSync(join(site, 'wp-content/themes/twentytwentythree'))) throw new Error('no theme: apt-get install wordpress-theme-twentytwentythree');
    const dbPort = await freePort();
    const log = join(dir, 'debug.log');
    writeFileSync(
      join(site, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wordpress'); define('DB_USER', 'root'); define('DB_PASSWORD', ''); define('DB_HOST', '127.0.0.1:${dbPort}');
define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
foreach (['AUTH_KEY','SECURE_AUTH_KEY','LOGGED_IN_KEY','NONCE_KEY','AUTH_SALT','SECURE_AUTH_SALT','LOGGED_IN_SALT','NONCE_SALT'] as $k) define($k, 'test');
$table_prefix = 'wp_';
define('WP_DEBUG', true); define('WP_DEBUG_LOG', '${log}'); define('WP_DEBUG_DISPLAY', true);
define('WP_HTTP_BLOCK_EXTERNAL', true); define('DISALLOW_UNFILTERED_HTML', true); define('DISABLE_WP_CRON', true); define('AUTOMATIC_UPDATER_DISABLED', true);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // Offline: no update checks, which would only log that WordPress.org cannot be reached.
    mkdirSync(join(site, 'wp-content/mu-plugins'), { recursive: true });
    writeFileSync(
      join(site, 'wp-content/mu-plugins/offline.php'),
      "<?php\nforeach (['wp_version_check', 'wp_update_plugins', 'wp_update_themes', '_maybe_update_core', '_maybe_update_plugins', '_maybe_update_themes', 'wp_maybe_auto_update'] as $check) { remove_action('admin_init', $check); remove_action('init', $check); remove_action('wp_version_check', $check); }\nforeach (['load-plugins.php', 'load-update.php', 'load-update-core.php', 'load-themes.php'] as $screen) { remove_action($screen, 'wp_update_plugins'); remove_action($screen, 'wp_update_themes'); }\nadd_filter('pre_site_transient_update_core', '__return_null'); add_filter('pre_site_transient_update_plugins', '__return_null'); add_filter('pre_site_transient_update_themes', '__return_null');\n",
    );
    execFileSync('mariadb-install-db', ['--user=root', `--datadir=${join(dir, 'db')}`, '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
    const socket = join(dir, 'db.sock');
    processes.push(
      spawn('mariadbd', ['--user=root', `--datadir=${join(dir, 'db')}`, `--socket=${socket}`, '--bind-address=127.0.0.1', `--port=${dbPort}`, '--skip-log-bin', `--log-error=${join(dir, 'db.err')}`], { stdio: 'ignore' }),
    );
    await until(() => existsSync(socket), 'MariaDB');
    execFileSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', "CREATE DATABASE wordpress; ALTER USER 'root'@'localhost' IDENTIFIED BY ''; CREATE USER IF NOT EXISTS 'root'@'127.0.0.1'; GRANT ALL ON *.* TO 'root'@'127.0.0.1';"]);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    processes.push(spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], { stdio: 'ignore' }));
    await until(() => fetch(`${url}/wp-login.php`).then((r) => r.ok, () => false), 'PHP server');
    const install = await fetch(`${url}/wp-admin/install.php?step=2`, {
      method: 'POST',
      body: new URLSearchParams({ weblog_title: 'Stichting Test', user_name: 'admin', admin_password: 'admin-Pass-123', admin_password2: 'admin-Pass-123', pw_weak: '1', admin_email: 'admin@example.org', blog_public: '0', language: '' }),
    });
    if (!install.ok) throw new Error(`WordPress install: ${install.status}`);
    /** Runs PHP with WordPress loaded, as a user (1: the administrator), returns what it prints. */
    const php = (code, user = 1) =>
      execFileSync('php', ['-r', `define('WP_ADMIN', true); require 'wp-load.php'; require_once ABSPATH . 'wp-admin/includes/plugin.php'; wp_set_current_user(${Number(user)}); ${code}`], { cwd: site, encoding: 'utf8' });
    const logged = () => (existsSync(log) ? readFileSync(log, 'utf8') : '');
    if (plugin) {
      execFileSync('/usr/bin/python3', ['-m', 'zipfile', '-e', 'dist/wordpress/mensenhandel-faq.zip', join(site, 'wp-content/plugins')]);
      const activated = php("$r = activate_plugin('mensenhandel-faq/mensenhandel-faq.php'); echo is_wp_error($r) ? $r->get_error_message() : 'active';");
      if (activated !== 'active') throw new Error(`activating the plugin: ${activated}`);
    }
    return { url, php, logged, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
