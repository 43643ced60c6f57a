/**
 * `npm run release:check` on the current build (publint and attw on the packed tarball, offline; the
 * CHANGELOG; dist/cdn/integrity.json), and its parts on made-up input, where each must find what is
 * wrong.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { integrityMismatches, sriOf, writeIntegrity } from '../../build/integrity.ts';
import { changelogProblems, versionSection } from '../../scripts/changelog.ts';

const root = resolve(import.meta.dirname, '../..');

describe('npm run release:check', () => {
  it('passes on the package as built', () => {
    let output: string;
    try {
      output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/release-check.ts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const failure = error as { stdout?: string; stderr?: string };
      assert.fail(`release:check failed:\n${failure.stdout ?? ''}${failure.stderr ?? ''}`);
    }
    for (const check of ['publint', 'are the types wrong', 'integrity.json', 'CHANGELOG.md']) assert.match(output, new RegExp(`^ok +.*${check}`, 'm'));
  });
});

describe('the CDN integrity table', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'absch-integrity-'));
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(join(dir, 'entry.js'), "alert('Hello, world.');");
    writeFileSync(join(dir, 'chunks/view-abc.js'), 'export const view = 1;');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the sha384 SRI value a browser computes', () => {
    // The example of the SRI specification's authors (MDN, "Subresource Integrity").
    assert.equal(sriOf(Buffer.from("alert('Hello, world.');")), 'sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO');
  });

  it('lists every file, chunks included, and then matches them', () => {
    assert.equal(writeIntegrity(dir), 2);
    assert.deepEqual(integrityMismatches(dir), []);
  });

  it('finds a changed file, a new one and a removed one', () => {
    writeIntegrity(dir);
    writeFileSync(join(dir, 'entry.js'), "alert('changed');");
    writeFileSync(join(dir, 'chunks/new-def.js'), '');
    unlinkSync(join(dir, 'chunks/view-abc.js'));
    const problems = integrityMismatches(dir);
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems.join('\n'), /entry\.js: integrity\.json says sha384-/);
    assert.match(problems.join('\n'), /chunks\/new-def\.js is not in integrity\.json/);
    assert.match(problems.join('\n'), /chunks\/view-abc\.js is in integrity\.json but not in the folder/);
  });

  it('says so when the table is missing', () => {
    unlinkSync(join(dir, 'integrity.json'));
    assert.match(integrityMismatches(dir).join('\n'), /integrity\.json cannot be read/);
  });
});

describe('the CHANGELOG check', () => {
  const changelog = [
    '# Changelog',
    '## [Unreleased]',
    '- Something not released yet.',
    '## [1.1.0] - Unreleased',
    '### Added',
    '- A feature.',
    '## [1.0.0] - 2026-11-02',
    '### Fixed',
    '- A bug.',
    '## [0.9.0] - 2026-10-01',
    '',
  ].join('\n');

  it('reads a version’s section up to the next version', () => {
    assert.deepEqual(versionSection(changelog, '1.0.0'), { date: '2026-11-02', body: '### Fixed\n- A bug.' });
    assert.equal(versionSection(changelog, '1.1.0')?.date, undefined);
    // 1.0.0's dots are not wildcards.
    assert.equal(versionSection(changelog.replace('[1.0.0]', '[1x0x0]'), '1.0.0'), undefined);
  });

  it('passes a version with changes; a release needs its date', () => {
    assert.deepEqual(changelogProblems(changelog, '1.0.0', true), []);
    assert.deepEqual(changelogProblems(changelog, '1.1.0', false), []);
    assert.match(changelogProblems(changelog, '1.1.0', true).join('\n'), /needs the release date/);
  });

  it('fails a version without a section or without a change listed', () => {
    assert.match(changelogProblems(changelog, '2.0.0', false).join('\n'), /no "## \[2\.0\.0\]" section/);
    assert.match(changelogProblems(changelog, '0.9.0', false).join('\n'), /lists no change/);
  });
});
