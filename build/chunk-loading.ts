import { posix } from 'node:path';
import type { Plugin, Rolldown } from 'vite';

type Chunks = Record<string, Rolldown.RenderedChunk>;

const OWN_QUERY = 'new URL(import.meta.url).search';
const STATIC_IMPORT = /import\s*\{([^}]*)\}\s*from\s*(["'`])([^"'`]+)\2\s*;?/g;
const DYNAMIC_IMPORT = /\bimport\((["'`])(\.{1,2}\/[^"'`]+)\1\)/g;

/** `path` resolved against the importing chunk's own URL, as an expression. */
const url = (path: string) => `new URL(${JSON.stringify(path)},import.meta.url).href`;

/** The path `to` as an import in `from` writes it: `./x.js`, `../x.js`. */
export function relative(from: string, to: string): string {
  const path = posix.relative(posix.dirname(from), to);
  return path.startsWith('.') ? path : `./${path}`;
}

/** The chunks `file` imports statically, directly or not, except entries (the page loaded those). */
function staticImports(chunks: Chunks, file: string, found = new Set<string>()): Set<string> {
  for (const dependency of chunks[file]?.imports ?? []) {
    if (!found.has(dependency) && !chunks[dependency]?.isEntry) staticImports(chunks, dependency, found.add(dependency));
  }
  return found;
}

/**
 * Rule 1, the query string carried to chunks: a page may load an entry with a query string
 * (`absch-widgets.js?v=3`, as Drupal adds); a chunk's plain `import … from "../absch-widgets.js"`
 * would name a second module, which the browser downloads and runs again, with its own copy of lit
 * and of the page's language. So an entry's lazy imports carry its own query string, and a chunk
 * imports its entry back (`const {…} = await import(entry + query)`) with the query it was given.
 * The chunk gets the entry's exports once, when it runs (after the entry has run): they are
 * functions, classes and constants, so the copy is what a live binding would read.
 *
 * Waits for: a bundler that carries the importer's query string, which none does: esbuild closed it
 * as by design (https://github.com/evanw/esbuild/issues/1303); a chunk imports its entry only
 * because of https://github.com/rolldown/rolldown/issues/10731 (see all-in-one-chunks.ts).
 *
 * Rule 2, imports asked for at once: a lazily loaded chunk's own static imports (chunks it shares
 * with other files), but for those the importing chunk has loaded itself (a view's core, which its
 * element imported), are asked for at the same time as it, in one `Promise.all`, not once it has
 * arrived: a view never waits a round trip after itself, and the autoloader's element file comes
 * with its shared chunks. They are asked for without the query string, as the chunk's own imports
 * name them: by a plain relative path, which a dynamic import resolves against the chunk's own URL.
 *
 * Waits for: Vite's preload helper in library builds, which it leaves out by design
 * (https://github.com/vitejs/vite/pull/4097); rolldown has no preload of its own.
 */
export function chunkLoading(): Plugin {
  return {
    name: 'absch-chunk-loading',
    renderChunk(code, chunk, _options, { chunks }) {
      let changed = code.replace(DYNAMIC_IMPORT, (_call, _quote: string, path: string) => {
        const target = `import(${url(path)}+${OWN_QUERY})`;
        const loaded = staticImports(chunks, chunk.fileName, new Set([chunk.fileName]));
        const shared = [...staticImports(chunks, posix.join(posix.dirname(chunk.fileName), path))]
          .filter((file) => !loaded.has(file))
          .map((file) => `import(${JSON.stringify(relative(chunk.fileName, file))})`);
        return shared.length ? `Promise.all([${target},${shared.join(',')}]).then((loaded)=>loaded[0])` : target;
      });
      if (!chunk.isEntry) changed = importEntriesWithQuery(changed, chunk, chunks);
      return changed === code ? null : { code: changed, map: null };
    },
  };
}

/** Rule 1 in a chunk that is not an entry: its static imports of an entry become dynamic, with the query string. */
function importEntriesWithQuery(code: string, chunk: Rolldown.RenderedChunk, chunks: Chunks): string {
  const isEntryFile = (from: string) => Object.values(chunks).some((other) => other.isEntry && relative(chunk.fileName, other.fileName) === from);
  const changed = code.replace(STATIC_IMPORT, (statement, names: string, _quote: string, from: string) => {
    if (!isEntryFile(from)) return statement;
    const bindings = names.split(',').map((name) => name.trim()).filter(Boolean).map((name) => name.replace(/\s+as\s+/, ':'));
    return `const{${bindings.join(',')}}=await import(${url(from)}+${OWN_QUERY});`;
  });
  // Loud, not silent: a static import of another shape would run the file a second time under `?v=`.
  const escaped = (file: string) => relative(chunk.fileName, file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const left = chunk.imports.find((file) => chunks[file]?.isEntry && new RegExp(`(?:from|import)\\s*["'\`]${escaped(file)}["'\`]`).test(changed));
  if (left) throw new Error(`${chunk.fileName} imports ${left} in a way chunkLoading() does not rewrite; update it`);
  return changed;
}
