/** Sizes of the shipped files, raw, gzip and brotli, and what a page with one element downloads. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

export function fileSizes(): Record<string, Size> {
  const cdn = 'dist/cdn';
  const out: Record<string, Size> = { [`${cdn}/absch-widgets.js`]: size(readFileSync(`${cdn}/absch-widgets.js`)), [`${cdn}/autoloader.js`]: size(readFileSync(`${cdn}/autoloader.js`)) };
  for (const file of readdirSync(`${cdn}/define`)) out[`${cdn}/define/${file}`] = size(readFileSync(`${cdn}/define/${file}`));
  for (const file of readdirSync(`${cdn}/chunks`)) out[`${cdn}/chunks/${file}`] = size(readFileSync(`${cdn}/chunks/${file}`));
  // A page with only the country profile, through the autoloader, in English (no language chunk).
  const files = [`${cdn}/autoloader.js`, ...closure(`${cdn}/define/absch-country-profile.js`)];
  out['page with only <absch-country-profile> (autoloader + its files)'] = sum(files.map((f) => size(readFileSync(f))));
  // The heaviest page through the all-in-one file: a record in French needs DOMPurify and the language chunk too.
  const chunk = (prefix: string) => `${cdn}/chunks/${readdirSync(`${cdn}/chunks`).find((file) => file.startsWith(prefix))}`;
  const recordPage = [`${cdn}/absch-widgets.js`, chunk('purify'), chunk('fr-')];
  out['page with <absch-record> in French (all-in-one + DOMPurify + fr)'] = sum(recordPage.map((f) => size(readFileSync(f))));
  return out;
}
