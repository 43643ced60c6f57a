/**
 * Where the all-in-one file's bytes go: the file is built again with a source map (into a
 * temporary folder, so dist/ stays as shipped), each stretch of its code is attributed to the
 * module it came from, and the stretches of each group are gzipped together. The groups' gzip
 * sizes add up to about the whole file's (gzip shares less across groups than within the file).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

export interface Share {
  raw: number;
  gzip: number;
}

/** Code without a source: the bundler's helpers, and the styles (minified at build time, their map is lost). */
const UNMAPPED = 'bundler runtime and minified styles';

/** The group a source module counts in: a dependency by package, our code by folder (elements one by one). */
function groupOf(source: string): string {
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (dependency) return dependency.startsWith('@lit/') || dependency.startsWith('lit') ? 'lit (with @lit/localize, @lit/task)' : dependency;
  const ours = /src\/(.+)$/.exec(source)?.[1];
  if (!ours) return UNMAPPED;
  const element = /^components\/([^/]+)\//.exec(ours)?.[1];
  if (element) return `our code: <absch-${element}>`;
  const folder = ours.split('/')[0];
  return `our code: ${folder.replace(/\.ts$/, '')}/`;
}

export function allInOneComposition(): Record<string, Share> {
  const out = mkdtempSync(join(tmpdir(), 'absch-composition-'));
  try {
    execFileSync('npx', ['vite', 'build', '--mode', 'cdn', '--sourcemap', '--outDir', out, '--logLevel', 'silent']);
    const code = readFileSync(join(out, 'absch-widgets.js'), 'utf8');
    const map = new SourceMapConsumer(JSON.parse(readFileSync(join(out, 'absch-widgets.js.map'), 'utf8')) as RawSourceMap);
    const lines = code.split('\n');
    const mappings: { line: number; column: number; source: string | null }[] = [];
    map.eachMapping((m) => mappings.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source }), undefined, SourceMapConsumer.GENERATED_ORDER);
    const parts = new Map<string, string[]>();
    const add = (group: string, text: string) => parts.set(group, [...(parts.get(group) ?? []), text]);
    mappings.forEach((m, i) => {
      const previous = mappings[i - 1];
      const next = mappings[i + 1];
      const line = lines[m.line - 1] ?? '';
      // Code before a line's first mapping has no source: the bundler's own.
      if (!previous || previous.line !== m.line) add(UNMAPPED, line.slice(0, m.column));
      add(m.source ? groupOf(m.source) : UNMAPPED, line.slice(m.column, next && next.line === m.line ? next.column : line.length));
    });
    const shares = [...parts].map(([group, texts]): [string, Share] => {
      const text = texts.join('');
      return [group, { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length }];
    });
    return Object.fromEntries(shares.sort((a, b) => b[1].gzip - a[1].gzip));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
