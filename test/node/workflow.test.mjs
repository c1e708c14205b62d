// The forge's release workflow (.github/workflows/release.yml) runs only commands this repository
// tests: `bash .ci/run` (CI's own script), `npm run <script>` for scripts that exist, and
// `npm publish` of the tarball that `npm run release` writes. It cannot run here; this keeps it
// from naming a step that does not exist.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const workflow = readFileSync('.github/workflows/release.yml', 'utf8');
const { scripts, version } = JSON.parse(readFileSync('package.json', 'utf8'));
/** Every `run:` line's command (the workflow has no multi-line run blocks). */
const runs = [...workflow.matchAll(/^\s*(?:- )?run: (.+)$/gm)].map((match) => match[1].trim());

describe('the release workflow', () => {
  it('runs CI’s script, then npm run release, then publishes the released tarball, and nothing else', () => {
    assert.deepEqual(runs, ['bash .ci/run', 'npm run release', 'npm publish release/mensenhandel-faq-*.tgz --provenance --access public']);
    assert.doesNotMatch(workflow, /run: \|/);
  });

  it('each command names something that exists: .ci/run, the npm scripts, the tarball release writes', () => {
    assert.ok(existsSync('.ci/run'));
    for (const command of runs.filter((run) => run.startsWith('npm run '))) assert.ok(scripts[command.split(' ')[2]], command);
    assert.match(scripts.release, /node scripts\/release\.mjs$/);
    assert.ok(readFileSync('scripts/release.mjs', 'utf8').includes('`mensenhandel-faq-${version}.tgz`'));
    // What the release step uploads and publishes is what npm run release wrote.
    for (const path of ['release/*.zip', 'release/*.tgz', 'release/SHA256SUMS', 'release/site']) assert.ok(workflow.includes(path), path);
  });

  it('starts on a version tag, and the release refuses a tag that is not package.json’s version', () => {
    assert.match(workflow, /on:\n\s+push:\n\s+tags: \['v\*'\]/);
    const env = { ...process.env, GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v0.0.0-not-this' };
    assert.throws(() => execFileSync('node', ['scripts/release.mjs'], { env, stdio: 'pipe' }), (error) => String(error.stderr).includes(`is not package.json's version ${version}`));
  });
});
