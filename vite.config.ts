/**
 * One Vite configuration, three jobs:
 * - `vite` (npm start): the demo pages in demo/ (`/` leads there), with mock-api answering /api/… on the same origin;
 * - `vite build` (mode production): the npm build in dist/ (ESM, one file per module, dependencies external);
 * - `vite build --mode cdn`: dist/cdn/absch-widgets.js, one minified file that defines every element; what only some
 *   pages need comes from dist/cdn/chunks/ when they need it: each element's loaded view, the page's language (not
 *   English) and DOMPurify (a record, search results);
 * - `vite build --mode cdn-split`: dist/cdn/autoloader.js and dist/cdn/define/absch-*.js, one file per element sharing
 *   chunks (the core, a few shared by two to four elements, each language), for pages that use one or two elements.
 */
import { readdirSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { transform as transformCss } from 'lightningcss';
import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };

const root = import.meta.dirname;
const src = (path: string) => resolve(root, 'src', path);

/** Serves mock-api inside the dev server, so the demo needs no second process. */
function mockApi(): Plugin {
  return {
    name: 'absch-mock-api',
    // Loaded only when serving, so that builds do not depend on the mock.
    async configureServer(server) {
      const [{ generateSnapshot }, { createHandler }, { toNodeListener }] = await Promise.all([
        import('./mock-api/data/generate.ts'),
        import('./mock-api/handler.ts'),
        import('./mock-api/node-adapter.ts'),
      ]);
      server.middlewares.use(toNodeListener(createHandler(generateSnapshot(new Date()))));
    },
  };
}

/** The URL Vite prints opens the demo: `/` leads to `/demo/`. */
function demoAtRoot(): Plugin {
  return {
    name: 'absch-demo-at-root',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== '/') return next();
        res.writeHead(302, { Location: '/demo/' }).end();
      });
    },
  };
}

/**
 * Locale modules as lit-localize writes them import `str` from @lit/localize. In a CDN build that
 * import makes them depend on the chunk holding @lit/localize: for the all-in-one file that is the
 * file itself, imported back by its URL without the host's query string (`?v=…`, as Drupal adds),
 * so the whole file would load and run a second time. Each locale module gets its own copy of the
 * tag instead (the object @lit/localize's `str` makes, read by its `msg`), and imports nothing.
 */
function selfContainedLocales(): Plugin {
  const generatedLocale = /[\\/]src[\\/]generated[\\/]locales[\\/][a-z-]+\.ts$/i;
  const strImport = "import {str} from '@lit/localize';";
  const strTag = 'const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });';
  return {
    name: 'absch-self-contained-locales',
    enforce: 'pre',
    transform(code, id) {
      if (!generatedLocale.test(id)) return null;
      // Loud, not silent: a new lit-localize output format must be looked at, not shipped half-working.
      if (!code.includes(strImport)) throw new Error(`${id}: lit-localize no longer writes "${strImport}"; update selfContainedLocales()`);
      return code.replace(strImport, strTag);
    },
  };
}

/**
 * The elements' styles are `css` template literals, which a JavaScript minifier leaves as written:
 * in the CDN builds lightningcss minifies them (no targets: nothing is rewritten for old browsers).
 * Only literals without `${…}` are touched; the styles have none, and a change that adds one keeps
 * it as written rather than guessing.
 */
function minifiedStyles(): Plugin {
  const styleModule = /[\\/]src[\\/].*styles\.ts$/;
  const cssLiteral = /\bcss`([^`$\\]*)`/g;
  return {
    name: 'absch-minified-styles',
    enforce: 'pre',
    transform(code, id) {
      if (!styleModule.test(id)) return null;
      return code.replace(cssLiteral, (_literal, source: string) => {
        const { code: minified } = transformCss({ filename: id, code: Buffer.from(source), minify: true });
        return `css\`${minified.toString()}\``;
      });
    },
  };
}

/**
 * How CDN chunks load each other.
 *
 * An element's loaded view is a chunk that may import lit, `msg` and the API layer from the file
 * that loaded it, an entry. A page may load that entry with a query string (`absch-widgets.js?v=3`,
 * as Drupal adds); a chunk's plain `import … from "../absch-widgets.js"` would then name a second
 * module, which the browser downloads and runs again, with its own copy of lit and of the page's
 * language. So an entry passes its query string on to the chunks it loads lazily, and a chunk
 * imports its entry back with the query string it was given: both name the module the page loaded.
 * A chunk gets its entry's exports once, when it runs (after the entry has run): they are
 * functions, classes and constants, so the copy is what a live binding would read.
 *
 * A lazily loaded chunk's own static imports (chunks it shares with other files) are asked for at
 * the same time as it, not once it has arrived: a view never waits a round trip after itself, and
 * the autoloader's element file comes with its shared chunks. They are asked for without the query
 * string, as the chunk's own imports name them.
 */
function chunkLoading(): Plugin {
  const ownQuery = 'new URL(import.meta.url).search';
  const url = (path: string) => `new URL(${JSON.stringify(path)},import.meta.url).href`;
  const staticImport = /import\s*\{([^}]*)\}\s*from\s*(["'`])([^"'`]+)\2\s*;?/g;
  const dynamicImport = /\bimport\((["'`])(\.{1,2}\/[^"'`]+)\1\)/g;
  return {
    name: 'absch-chunk-loading',
    renderChunk(code, chunk, _options, { chunks }) {
      const isEntryFile = (from: string) => Object.values(chunks).some((other) => other.isEntry && relative(chunk.fileName, other.fileName) === from);
      // An entry is not asked for again: the page loaded it, and a chunk imports it back with its query string.
      const staticImports = (file: string, found = new Set<string>()): Set<string> => {
        for (const dependency of chunks[file]?.imports ?? []) {
          if (!found.has(dependency) && !chunks[dependency]?.isEntry) staticImports(dependency, found.add(dependency));
        }
        return found;
      };
      let changed = code.replace(dynamicImport, (_call, _quote: string, path: string) => {
        const target = `import(${url(path)}+${ownQuery})`;
        const shared = [...staticImports(posix.join(posix.dirname(chunk.fileName), path))].map((file) => `import(${url(relative(chunk.fileName, file))})`);
        return shared.length ? `Promise.all([${target},${shared.join(',')}]).then((loaded)=>loaded[0])` : target;
      });
      if (!chunk.isEntry) {
        changed = changed.replace(staticImport, (statement, names: string, _quote: string, from: string) => {
          if (!isEntryFile(from)) return statement;
          const bindings = names.split(',').map((name) => name.trim()).filter(Boolean).map((name) => name.replace(/\s+as\s+/, ':'));
          return `const{${bindings.join(',')}}=await import(${url(from)}+${ownQuery});`;
        });
        // Loud, not silent: a static import of another shape would run the file a second time under `?v=`.
        const staticFrom = (file: string) => new RegExp(`(?:from|import)\\s*["'\`]${relative(chunk.fileName, file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'\`]`);
        const left = chunk.imports.find((file) => chunks[file]?.isEntry && staticFrom(file).test(changed));
        if (left) throw new Error(`${chunk.fileName} imports ${left} in a way chunkLoading() does not rewrite; update it`);
      }
      return changed === code ? null : { code: changed, map: null };
    },
  };
}

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null };

/** `from` and every module it imports statically, directly or not. */
function staticClosure(graph: ModuleGraph, from: string): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    graph.getModuleInfo(id)?.importedIds.forEach(visit);
  };
  visit(from);
  return seen;
}

/** The chunks loaded lazily (views, DOMPurify, languages) by the modules in `modules`. */
function lazyRoots(graph: ModuleGraph, modules: Iterable<string>): Set<string> {
  return new Set([...modules].flatMap((id) => graph.getModuleInfo(id)?.dynamicallyImportedIds ?? []));
}

/** A rolldown code-splitting option with one group, which names each module's chunk through `place` (computed once per build). */
function groupedBy(place: (graph: ModuleGraph) => Map<string, string>) {
  let placed: Map<string, string> | undefined;
  return { groups: [{ name: (id: string, graph: ModuleGraph) => (placed ??= place(graph)).get(id) ?? null }] };
}

/**
 * The all-in-one file keeps every module it imports statically, and every module that two or more
 * of its lazily loaded chunks import (a lit directive, say: one request less per view). Rolldown
 * (1.2) would otherwise put what the file shares with two or more views in a chunk the file imports
 * first: one more round trip before anything renders (rolldown/rolldown#10731). What one view
 * alone needs is in the view's chunk.
 */
function allInOneChunks(name: string, entry: string) {
  return groupedBy((graph) => {
    const kept = staticClosure(graph, entry);
    const sharers = new Map<string, number>();
    for (const root of lazyRoots(graph, kept)) {
      for (const id of staticClosure(graph, root)) if (!kept.has(id)) sharers.set(id, (sharers.get(id) ?? 0) + 1);
    }
    return new Map([...kept, ...[...sharers].filter(([, count]) => count > 1).map(([id]) => id)].map((id) => [id, name]));
  });
}

/**
 * The per-element files: what `minShare` elements or more need, in their file or in their view, is
 * one `core` chunk (not a chunk per sharing pattern: tiny chunks cost more than they save); what two
 * to `minShare - 1` element files import is a chunk of theirs, named, and never merged into one of
 * them (which the others would then load whole). Rolldown places the rest: an element's own modules
 * in its file, or beside it when its view imports them too, and a view's own modules in its chunk.
 */
function perElementChunks(entries: Record<string, string>, minShare: number) {
  return groupedBy((graph) => {
    const importers = new Map<string, Set<string>>();
    const viewUsers = new Map<string, Set<string>>();
    const roots = new Map<string, Set<string>>();
    const add = (map: Map<string, Set<string>>, id: string, name: string) => map.set(id, (map.get(id) ?? new Set()).add(name));
    for (const [entry, id] of Object.entries(entries)) {
      const name = entry.replace(/^define\/absch-/, '');
      const modules = staticClosure(graph, id);
      for (const module of modules) add(importers, module, name);
      for (const root of lazyRoots(graph, modules)) {
        for (const module of staticClosure(graph, root)) {
          add(viewUsers, module, name);
          add(roots, module, root);
        }
      }
    }
    const placed = new Map<string, string>();
    for (const id of new Set([...importers.keys(), ...viewUsers.keys()])) {
      const first = importers.get(id) ?? new Set<string>();
      // A module of one lazily loaded chunk (a view, a language) alone is in that chunk, whoever loads it.
      const ownedByOneChunk = first.size === 0 && (roots.get(id)?.size ?? 0) < 2;
      const needers = new Set([...first, ...(ownedByOneChunk ? [] : (viewUsers.get(id) ?? []))]);
      if (needers.size >= minShare) placed.set(id, 'core');
      else if (first.size > 1) placed.set(id, `shared-${[...first].join('+')}`);
    }
    return placed;
  });
}

/** The path `to` as an import in `from` writes it: `./x.js`, `../x.js`. */
function relative(from: string, to: string): string {
  const path = posix.relative(posix.dirname(from), to);
  return path.startsWith('.') ? path : `./${path}`;
}

/** One define entry per element: `define/absch-country-profile` → src/define/absch-country-profile.ts. */
function defineEntries(): Record<string, string> {
  const defines = readdirSync(src('define')).filter((file) => file.endsWith('.ts'));
  return Object.fromEntries(defines.map((file) => [`define/${file.replace(/\.ts$/, '')}`, src(`define/${file}`)]));
}

/** Entry points of the npm build: the side-effect-free root, the define-all entry, one define entry per element. */
function npmEntries(): Record<string, string> {
  return { index: src('index.ts'), 'absch-widgets': src('absch-widgets.ts'), ...defineEntries() };
}

const dependencies = Object.keys(pkg.dependencies);
const isDependency = (id: string) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return {
      server: { host: '127.0.0.1', port: Number(process.env.PORT) || 5173 },
      plugins: [mockApi(), demoAtRoot()],
    };
  }
  if (mode === 'cdn-split') {
    return {
      plugins: [selfContainedLocales(), minifiedStyles(), chunkLoading()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: { autoloader: src('autoloader.ts'), ...defineEntries() }, formats: ['es'] },
        rolldownOptions: {
          output: {
            minify: true,
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            // An element's file exports only what its source does, so its view never imports it.
            codeSplitting: perElementChunks(defineEntries(), 5),
          },
        },
      },
    };
  }
  if (mode === 'cdn') {
    return {
      plugins: [selfContainedLocales(), minifiedStyles(), chunkLoading()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        lib: { entry: src('absch-widgets.ts'), formats: ['es'], fileName: () => 'absch-widgets.js' },
        // Views, languages and DOMPurify are chunks loaded when a page needs them (dist/cdn/chunks; the languages and
        // DOMPurify are the same files as cdn-split's, by name and hash).
        rolldownOptions: {
          // The file may export more than its source does: what the chunks of element views share with it.
          preserveEntrySignatures: 'allow-extension',
          output: {
            minify: true,
            chunkFileNames: 'chunks/[name]-[hash].js',
            codeSplitting: allInOneChunks('absch-widgets', src('absch-widgets.ts')),
          },
        },
      },
    };
  }
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      lib: { entry: npmEntries(), formats: ['es'] },
      rolldownOptions: {
        external: isDependency,
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
