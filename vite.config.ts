/**
 * One Vite configuration, three jobs:
 * - `vite` (npm start): the demo pages in demo/ (`/` leads there), with mock-api answering /api/… on the same origin;
 * - `vite build` (mode production): the npm build in dist/ (ESM, one file per module, dependencies external);
 * - `vite build --mode cdn`: dist/cdn/absch-widgets.js, one minified file that defines every element; what only some
 *   pages need comes from dist/cdn/chunks/ when they need it: the page's language (not English) and DOMPurify (a
 *   record, search results). Together they were a third of the file's gzip size;
 * - `vite build --mode cdn-split`: dist/cdn/autoloader.js and dist/cdn/define/absch-*.js, one file per element sharing
 *   chunks (lit, the core, each language), for pages that use one or two elements.
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
 * An element's loaded view is a chunk that imports lit, `msg` and the API layer from the file that
 * loaded it, an entry. A page may load that entry with a query string (`absch-widgets.js?v=3`, as
 * Drupal adds); a chunk's plain `import … from "../absch-widgets.js"` would then name a second
 * module, which the browser downloads and runs again, with its own copy of lit and of the page's
 * language. So an entry passes its query string on to the chunks it loads, and a chunk imports
 * its entry back with the query string it was given: both name the module the page loaded.
 *
 * A chunk gets its entry's exports once, when it runs (after the entry has run): they are
 * functions, classes and constants, so the copy is what a live binding would read.
 */
function entryImportsKeepQuery(): Plugin {
  const ownQuery = 'new URL(import.meta.url).search';
  const urlFrom = (path: string) => `new URL(${JSON.stringify(path)},import.meta.url).href+${ownQuery}`;
  const staticImport = /import\s*\{([^}]*)\}\s*from\s*(["'`])([^"'`]+)\2\s*;?/g;
  const dynamicImport = /\bimport\((["'`])(\.{1,2}\/[^"'`]+)\1\)/g;
  return {
    name: 'absch-entry-imports-keep-query',
    renderChunk(code, chunk, _options, { chunks }) {
      const isEntryFile = (from: string) => Object.values(chunks).some((other) => other.isEntry && relative(chunk.fileName, other.fileName) === from);
      let changed = code.replace(dynamicImport, (_call, _quote: string, path: string) => `import(${urlFrom(path)})`);
      if (!chunk.isEntry) {
        changed = changed.replace(staticImport, (statement, names: string, _quote: string, from: string) => {
          if (!isEntryFile(from)) return statement;
          const bindings = names.split(',').map((name) => name.trim()).filter(Boolean).map((name) => name.replace(/\s+as\s+/, ':'));
          return `const{${bindings.join(',')}}=await import(${urlFrom(from)});`;
        });
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

/**
 * Where each module of a CDN build goes, as one rolldown code-splitting group whose name is the
 * chunk's. `entries` are the files a page loads (the all-in-one file, or one file per element);
 * each loads its elements' views lazily, beside their requests, and a view must never wait for a
 * chunk after itself: what it imports is loaded with its entry. For a module that entries need
 * first (they import it) or for their views:
 * - needed by `core.minShare` entries or more, or by some entry's views only while other entries
 *   need it too: in the core chunk, which every entry imports;
 * - needed by a few entries that all import it: in a chunk of theirs (named: otherwise, when an
 *   entry's exports may grow, rolldown merges it into one of them, which the others then load whole);
 * - needed by one entry: with `inEntry`, in that entry's file if the entry imports it or two of its
 *   views do. Rolldown (1.2) would otherwise put what the entry shares with two or more views in a
 *   chunk the entry imports first: one more round trip before anything renders
 *   (rolldown/rolldown#10731). Without `inEntry`, rolldown places it (in a chunk the entry imports
 *   beside the core, when a view needs it too).
 * What one view alone needs is in the view's chunk.
 */
function cdnChunks(entries: Record<string, string>, { core, inEntry }: { core?: { name: string; minShare: number }; inEntry: boolean }) {
  const placeModules = (graph: ModuleGraph) => {
    const closures = Object.entries(entries).map(([name, id]) => ({ name, modules: staticClosure(graph, id) }));
    // A lazily loaded module (a view, DOMPurify, a language) is a chunk of its own, wherever it is loaded from.
    const loaders = new Map<string, Set<string>>();
    for (const { name, modules } of closures) {
      for (const id of modules) for (const root of graph.getModuleInfo(id)?.dynamicallyImportedIds ?? []) loaders.set(root, (loaders.get(root) ?? new Set()).add(name));
    }
    const needs = new Map<string, { first: Set<string>; roots: Set<string> }>();
    const need = (id: string) => needs.get(id) ?? needs.set(id, { first: new Set(), roots: new Set() }).get(id)!;
    for (const { name, modules } of closures) for (const id of modules) need(id).first.add(name);
    for (const root of loaders.keys()) for (const id of staticClosure(graph, root)) if (!loaders.has(id)) need(id).roots.add(root);
    const placed = new Map<string, string>();
    for (const [id, { first, roots }] of needs) {
      // What one lazily loaded chunk alone needs is in it.
      if (first.size === 0 && roots.size < 2) continue;
      const byViews = new Set([...roots].flatMap((root) => [...(loaders.get(root) ?? [])]));
      const entriesNeeding = new Set([...first, ...byViews]);
      if (entriesNeeding.size === 1) {
        if (inEntry) placed.set(id, [...entriesNeeding][0]);
      } else if (core && (first.size >= core.minShare || [...byViews].some((name) => !first.has(name)))) {
        placed.set(id, core.name);
      } else {
        placed.set(id, `shared-${[...first].map((name) => name.replace(/^.*\/(absch-)?/, '')).join('+')}`);
      }
    }
    return placed;
  };
  let placed: Map<string, string> | undefined;
  return { groups: [{ name: (id: string, graph: ModuleGraph) => (placed ??= placeModules(graph)).get(id) ?? null }] };
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
      plugins: [selfContainedLocales(), minifiedStyles(), entryImportsKeepQuery()],
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
            // What five elements or more share is one `core` chunk, not a chunk per sharing pattern: tiny chunks cost
            // more than they save. An element's file exports only what its source does, so its view never imports it.
            codeSplitting: cdnChunks(defineEntries(), { core: { name: 'core', minShare: 5 }, inEntry: false }),
          },
        },
      },
    };
  }
  if (mode === 'cdn') {
    return {
      plugins: [selfContainedLocales(), minifiedStyles(), entryImportsKeepQuery()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        lib: { entry: src('absch-widgets.ts'), formats: ['es'], fileName: () => 'absch-widgets.js' },
        // Languages and DOMPurify are chunks loaded when a page needs them (dist/cdn/chunks, shared with cdn-split by name and hash).
        rolldownOptions: {
          // The file may export more than its source does: what the chunks of element views share with it.
          preserveEntrySignatures: 'allow-extension',
          output: {
            minify: true,
            chunkFileNames: 'chunks/[name]-[hash].js',
            codeSplitting: cdnChunks({ 'absch-widgets': src('absch-widgets.ts') }, { inEntry: true }),
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
