// Unit tests of the checks the configurator and the WordPress block run on what a person types
// (src/field-checks.ts), under Node from the TypeScript source. The forms' own tests check that
// each outcome is shown beside its field.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTs } from '../../scripts/import-ts.mjs';

const { checkExitUrl, checkId, checkScriptUrl } = await importTs('src/field-checks.ts');

describe('field checks', () => {
  it('exit address: completes one written without a scheme, refuses what the element would drop', () => {
    assert.deepEqual(checkExitUrl('  '), { status: 'empty' });
    assert.deepEqual(checkExitUrl(' https://www.buienradar.nl/ '), { status: 'ok', value: 'https://www.buienradar.nl/' });
    assert.deepEqual(checkExitUrl('http://weer.nl'), { status: 'ok', value: 'http://weer.nl' });
    assert.deepEqual(checkExitUrl('www.buienradar.nl'), { status: 'completed', value: 'https://www.buienradar.nl/' });
    assert.deepEqual(checkExitUrl('nos.nl/sport?x=1'), { status: 'completed', value: 'https://nos.nl/sport?x=1' });
    assert.deepEqual(checkExitUrl('bücher.de'), { status: 'completed', value: 'https://xn--bcher-kva.de/' });
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '//evil.example', 'buienradar', 'mailto:a@b.nl', 'www.buienradar .nl', 'localhost:8080'])
      assert.deepEqual(checkExitUrl(bad), { status: 'refused' }, bad);
  });

  it('id: no spaces and no leading #, completed; only #s refused', () => {
    assert.deepEqual(checkId(''), { status: 'empty' });
    assert.deepEqual(checkId(' faq '), { status: 'ok', value: 'faq' });
    assert.deepEqual(checkId('#faq'), { status: 'completed', value: 'faq' });
    assert.deepEqual(checkId('Vragen  mensenhandel'), { status: 'completed', value: 'Vragen-mensenhandel' });
    assert.deepEqual(checkId('###'), { status: 'refused' });
  });

  it('script address: a full address or a root path to mensenhandel-faq.js; a folder gets the name', () => {
    assert.deepEqual(checkScriptUrl(''), { status: 'empty' });
    assert.deepEqual(checkScriptUrl('https://uw-site.nl/assets/faq/mensenhandel-faq.js'), { status: 'ok', value: 'https://uw-site.nl/assets/faq/mensenhandel-faq.js' });
    assert.deepEqual(checkScriptUrl('/assets/faq/mensenhandel-faq.js?v=1'), { status: 'ok', value: '/assets/faq/mensenhandel-faq.js?v=1' });
    assert.deepEqual(checkScriptUrl('uw-site.nl/faq/mensenhandel-faq.js'), { status: 'completed', value: 'https://uw-site.nl/faq/mensenhandel-faq.js' });
    assert.deepEqual(checkScriptUrl('https://uw-site.nl/faq/'), { status: 'completed', value: 'https://uw-site.nl/faq/mensenhandel-faq.js' });
    for (const bad of ['https://uw-site.nl/faq/other.js', '//cdn.example/mensenhandel-faq.js', 'javascript:x', 'faq/mensenhandel-faq.js'])
      assert.deepEqual(checkScriptUrl(bad), { status: 'refused' }, bad);
  });
});
