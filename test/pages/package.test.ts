/**
 * The npm package as a user gets it: `npm pack` lists only what users need, and the packed
 * tarball installs into a scratch Vite app that imports one element, type-checks against the
 * package's .d.ts (tag names and events typed) and builds.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'absch-widgets-app-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the npm package', () => {
  it('packs only the build, the manifest and the docs', () => {
    const [packed] = JSON.parse(run('npm', ['pack', '--dry-run', '--json'], root)) as { files: { path: string }[] }[];
    const tops = new Set(packed.files.map((file) => file.path.split('/')[0]));
    assert.deepEqual([...tops].sort(), ['CHANGELOG.md', 'LICENSE', 'README.md', 'bin', 'custom-elements.json', 'dist', 'docs', 'package.json']);
    const paths = packed.files.map((file) => file.path);
    // The README's links into docs/ resolve inside the package too (unpkg, jsDelivr, node_modules).
    const readmeLinks = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/\]\((docs\/[^)#]+\.md)/g)].map((match) => match[1]);
    assert.ok(readmeLinks.length >= 6, 'the README links the element pages');
    for (const link of readmeLinks) assert.ok(paths.includes(link), `${link}, linked from the README, is packed`);
    for (const needed of ['dist/index.js', 'dist/index.d.ts', 'dist/absch-widgets.js', 'dist/cdn/absch-widgets.js', 'dist/cdn/autoloader.js', 'dist/define/absch-country-profile.js', 'bin/absch-widgets-server']) {
      assert.ok(paths.includes(needed), `${needed} is packed`);
    }
    assert.ok(!paths.some((path) => path.endsWith('.map')), 'no source maps');
  });

  it('installs into a scratch Vite app, type-checks and builds', { timeout: 180_000 }, () => {
    const tarball = join(scratch, run('npm', ['pack', '--pack-destination', scratch, '--silent'], root).trim().split('\n').pop()!);
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], scratch);
    writeFileSync(join(scratch, 'index.html'), '<!doctype html><html lang="fr"><body><absch-country-profile country="ke"></absch-country-profile><script type="module" src="./main.ts"></script></body></html>');
    writeFileSync(
      join(scratch, 'main.ts'),
      `import 'absch-widgets/define/absch-country-profile';
import { configure, type AbschSelectDetail } from 'absch-widgets';
configure({ appId: 'scratch-app' });
const profile = document.createElement('absch-country-profile');
profile.country = 'in';
profile.addEventListener('absch-select', (event) => {
  const detail: AbschSelectDetail = event.detail;
  console.log(detail.uid);
});
document.body.append(profile);
`,
    );
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: [] }, include: ['main.ts'] }),
    );
    run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], scratch);
    run(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], scratch);
    const assets = readdirSync(join(scratch, 'dist/assets'));
    const bundle = assets.filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(scratch, 'dist/assets', file), 'utf8')).join('\n');
    assert.match(bundle, /absch-country-profile/);
    assert.doesNotMatch(bundle, /absch-certificate-list/, 'importing one element leaves the others out');
  });
});
