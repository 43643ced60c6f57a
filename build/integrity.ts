/**
 * Subresource Integrity for the CDN files: `dist/cdn/integrity.json` maps every file under
 * `dist/cdn/` (its path relative to that folder, with `/`) to `sha384-<base64>`, the value a page
 * puts in `integrity="…"` on a script tag or in an import map's `integrity` table (which also covers
 * the chunks a file imports). The build writes it (scripts/cdn-integrity.ts); `npm run release:check`
 * compares it with the files the packed tarball holds.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const INTEGRITY_FILE = 'integrity.json';

/** The SRI value of some bytes (sha384, as the CDN snippets in the README use). */
export const sriOf = (bytes: Buffer): string => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Every file under `dir` but the integrity file itself, by its `/`-separated path, sorted. */
function filesUnder(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path !== INTEGRITY_FILE)
    .sort();
}

/** The integrity table of the files in `dir` as they are now. */
export function integrityOf(dir: string): Record<string, string> {
  return Object.fromEntries(filesUnder(dir).map((path) => [path, sriOf(readFileSync(join(dir, path)))]));
}

/** Writes `dir/integrity.json` and returns how many files it lists. */
export function writeIntegrity(dir: string): number {
  const table = integrityOf(dir);
  writeFileSync(join(dir, INTEGRITY_FILE), `${JSON.stringify(table, null, 2)}\n`);
  return Object.keys(table).length;
}

/**
 * What differs between `dir`'s integrity.json and its files: a file it lacks, a file it lists that
 * is gone, a hash that is not the file's. Empty when they match; one line per difference otherwise.
 */
export function integrityMismatches(dir: string): string[] {
  let written: Record<string, string>;
  try {
    written = JSON.parse(readFileSync(join(dir, INTEGRITY_FILE), 'utf8')) as Record<string, string>;
  } catch (error) {
    return [`${INTEGRITY_FILE} cannot be read: ${(error as Error).message}`];
  }
  const actual = integrityOf(dir);
  const problems: string[] = [];
  for (const [path, hash] of Object.entries(actual)) {
    if (!(path in written)) problems.push(`${path} is not in ${INTEGRITY_FILE}`);
    else if (written[path] !== hash) problems.push(`${path}: ${INTEGRITY_FILE} says ${written[path]}, the file is ${hash}`);
  }
  for (const path of Object.keys(written)) if (!(path in actual)) problems.push(`${path} is in ${INTEGRITY_FILE} but not in the folder`);
  return problems;
}
