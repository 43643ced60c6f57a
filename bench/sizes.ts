/** Sizes of the shipped files, raw, gzip and brotli, and what a page with one element downloads. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function size(content: Buffer): Size {
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length, brotli: brotliCompressSync(content).length };
}

const sum = (sizes: Size[]): Size => sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/** The static imports of a built ESM file, followed transitively: what loading it downloads. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(join(file, '..', match[1]), seen);
  }
  return seen;
}

/** The chunk a built file loads lazily (a view, DOMPurify, a language) whose name starts with `name`. */
function lazyChunk(file: string, name: string): string {
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/import\(new URL\(["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    const path = join(file, '..', match[1]);
    if (basename(path).startsWith(name)) return path;
  }
  throw new Error(`${file} loads no chunk named ${name}…`);
}

export function fileSizes(): Record<string, Size> {
  const cdn = 'dist/cdn';
  const allInOne = `${cdn}/absch-widgets.js`;
  const out: Record<string, Size> = { [allInOne]: size(readFileSync(allInOne)), [`${cdn}/autoloader.js`]: size(readFileSync(`${cdn}/autoloader.js`)) };
  for (const file of readdirSync(`${cdn}/define`)) out[`${cdn}/define/${file}`] = size(readFileSync(`${cdn}/define/${file}`));
  for (const file of readdirSync(`${cdn}/chunks`)) out[`${cdn}/chunks/${file}`] = size(readFileSync(`${cdn}/chunks/${file}`));
  const page = (files: Iterable<string>) => sum([...new Set(files)].map((f) => size(readFileSync(f))));
  // A page with only the country profile, in English (no language chunk): its view loads beside the data.
  const profileFile = `${cdn}/define/absch-country-profile.js`;
  out['page with only <absch-country-profile> (autoloader + its files + its view)'] = page([
    `${cdn}/autoloader.js`,
    ...closure(profileFile),
    ...closure(lazyChunk(profileFile, 'profile-view')),
  ]);
  out['page with only <absch-country-profile> through the all-in-one file (+ its view)'] = page([allInOne, ...closure(lazyChunk(allInOne, 'profile-view'))]);
  // The heaviest page through the all-in-one file: a record in French needs its view, DOMPurify and the language chunk too.
  out['page with <absch-record> in French (all-in-one + its view + DOMPurify + fr)'] = page(
    [allInOne, lazyChunk(allInOne, 'purify'), lazyChunk(allInOne, 'fr-')].concat([...closure(lazyChunk(allInOne, 'record-view'))]),
  );
  return out;
}
