// `npm run test:wordpress`: one WordPress for the whole run (Debian's WordPress 6.1, MariaDB and
// PHP on loopback: wordpress/dev/site.mjs), one browser, one Editor without unfiltered_html
// whose admin language is Dutch. The site owner uploads the plugin's zip through the admin
// (block.suite.mjs, first), then the plugin's shortcode and pasted embeds (plugin.suite.mjs);
// last, with the plugin deactivated, what posts show without it.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { addEditor } from '../../wordpress/dev/editor.mjs';
import { start } from '../../wordpress/dev/site.mjs';
import { launchBrowser } from '../../wordpress/dev/visitor.mjs';
import { blockAfterDeactivation, blockSuite } from './block.suite.mjs';
import { pluginSuite } from './plugin.suite.mjs';

const shared = {};

describe('WordPress (one site for the run)', () => {
  before(async () => {
    shared.site = await start({ plugin: false });
    shared.editor = addEditor(shared.site);
    assert.equal(shared.site.php("echo current_user_can('unfiltered_html') ? 'may post scripts' : 'may not';", shared.editor), 'may not');
    assert.equal(shared.site.php(`echo get_user_meta(${shared.editor}, 'locale', true);`), 'nl_NL');
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.site?.stop();
  });

  blockSuite(shared);
  pluginSuite(shared);
  blockAfterDeactivation();
});
