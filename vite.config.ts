/**
 * One Vite configuration, three jobs:
 * - `vite` (npm start): the demo pages in demo/ (`/` leads there), with mock-api answering /api/… on the same origin;
 * - `vite build` (mode production): the npm build in dist/ (ESM, one file per module, dependencies external);
 * - `vite build --mode cdn`: dist/cdn/absch-widgets.js, one self-contained minified file that defines every element
 *   and carries the five translations (measured: they add about a quarter to its gzip size; loading them on demand
 *   would make the file import a shared chunk of @lit/localize on every page, so one file would no longer do);
 * - `vite build --mode cdn-split`: dist/cdn/autoloader.js and dist/cdn/define/absch-*.js, one file per element sharing
 *   chunks (lit, the core, each language), for pages that use one or two elements.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
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
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: { autoloader: src('autoloader.ts'), ...defineEntries() }, formats: ['es'] },
        rolldownOptions: { output: { minify: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    };
  }
  if (mode === 'cdn') {
    return {
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        lib: { entry: src('absch-widgets.ts'), formats: ['es'], fileName: () => 'absch-widgets.js' },
        rolldownOptions: { output: { codeSplitting: false, minify: true } },
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
