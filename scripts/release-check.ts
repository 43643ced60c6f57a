/**
 * `npm run release:check [-- --tag vX.Y.Z]`: is the package, as `npm pack` packs it from the
 * current build, fit to publish? On the packed tarball, offline:
 * - publint (strict: a warning fails too): exports, files, types and formats as published;
 * - @arethetypeswrong/cli in its `esm-only` profile (the package is ESM only, with no `require`
 *   condition) over every entry point, the per-element `./define/*` ones included;
 * - dist/cdn/integrity.json lists every CDN file the tarball holds, with its hash (build/integrity.ts).
 * And CHANGELOG.md has a section listing changes for package.json's version. With `--tag` (the
 * release workflow), the tag must be `v` + that version and the section must carry its date.
 * Prints one line per check; exits 1 when one fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { integrityMismatches } from '../build/integrity.ts';
import { changelogProblems } from './changelog.ts';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const tagIndex = process.argv.indexOf('--tag');
const tag = tagIndex > 0 ? process.argv[tagIndex + 1] : undefined;

/** Runs a tool of node_modules/.bin; its output is shown only when it fails, so a passing check stays one line. */
function tool(name: string, args: string[]): string[] {
  try {
    execFileSync(join(root, 'node_modules/.bin', name), args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return [];
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    return [[failure.stdout, failure.stderr].filter(Boolean).join('\n').trim() || failure.message];
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'absch-release-check-'));
let failed = false;
function report(check: string, problems: string[]): void {
  if (problems.length === 0) {
    console.log(`ok    ${check}`);
    return;
  }
  failed = true;
  console.log(`FAIL  ${check}`);
  for (const problem of problems) console.log(problem.replace(/^/gm, '      '));
}

try {
  report(
    tag ? `the tag ${tag} is v${pkg.version}` : `package.json's version, ${pkg.version}`,
    tag && tag !== `v${pkg.version}` ? [`package.json's version is ${pkg.version}: tag v${pkg.version}, or bump the version`] : [],
  );
  report(`CHANGELOG.md has a section for ${pkg.version}`, changelogProblems(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), pkg.version, tag !== undefined));

  // --ignore-scripts: what is checked is the build as it stands, not one a lifecycle script makes.
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' })) as { filename: string }[];
  const tarball = join(scratch, packed.filename);

  report('publint on the tarball', tool('publint', ['run', tarball, '--strict']));

  execFileSync('tar', ['-xzf', tarball, '-C', scratch]);
  const unpacked = join(scratch, 'package');
  // Wildcard exports are not checked by attw on their own: name each element's define entry.
  const defines = join(unpacked, 'dist/define');
  const defineEntries = (existsSync(defines) ? readdirSync(defines) : [])
    .filter((file) => file.endsWith('.js'))
    .map((file) => `./define/${file.replace(/\.js$/, '')}`);
  report(
    'are the types wrong (esm-only profile)',
    tool('attw', [tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'ascii', ...(defineEntries.length ? ['--include-entrypoints', ...defineEntries] : [])]),
  );

  report('dist/cdn/integrity.json matches the packed CDN files', integrityMismatches(join(unpacked, 'dist/cdn')));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log(failed ? `\n${pkg.name}@${pkg.version} is not ready to release` : `\n${pkg.name}@${pkg.version} is ready to release`);
process.exit(failed ? 1 : 0);
