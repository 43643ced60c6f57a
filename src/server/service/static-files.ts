/**
 * The files the embed page loads: the package's built CDN files (dist/cdn: the hydrate build,
 * its chunks, the language chunks) under /cdn/, and the embed scripts and style sheet. Only files that
 * were in dist/cdn when the service started can be asked for: the path of a request is looked up in
 * that list, never joined to a folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { EMBED_CSS, FRAME_SCRIPT, HOST_SCRIPT } from './embed-scripts.js';
import { EMBED_PATHS } from './embed-page.js';

export interface StaticFile {
  body: Buffer;
  type: string;
  /** hashed chunk names never change content: cached for a year; the rest for an hour */
  immutable: boolean;
}

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

function cdnFolder(): string {
  const root = dirname(createRequire(import.meta.url).resolve('absch-widgets/package.json'));
  return join(root, 'dist', 'cdn');
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

export class StaticFiles {
  readonly #cdn: Map<string, string>;
  readonly #loaded = new Map<string, StaticFile>();

  constructor(folder = cdnFolder()) {
    this.#cdn = new Map(filesUnder(folder).map((file) => [`/cdn/${file}`, join(folder, file)]));
    const own = (body: string, type: string): StaticFile => ({ body: Buffer.from(body), type: TYPES[type], immutable: false });
    this.#loaded.set(EMBED_PATHS.hostScript, own(HOST_SCRIPT, 'js'));
    this.#loaded.set(EMBED_PATHS.frameScript, own(FRAME_SCRIPT, 'js'));
    this.#loaded.set(EMBED_PATHS.css, own(EMBED_CSS, 'css'));
  }

  get(path: string): StaticFile | undefined {
    const loaded = this.#loaded.get(path);
    if (loaded) return loaded;
    const file = this.#cdn.get(path);
    const extension = path.slice(path.lastIndexOf('.') + 1);
    if (!file || !TYPES[extension]) return undefined;
    const read: StaticFile = { body: readFileSync(file), type: TYPES[extension], immutable: path.includes('/chunks/') };
    this.#loaded.set(path, read);
    return read;
  }
}
