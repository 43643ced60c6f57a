/**
 * One Vite configuration, four jobs:
 * - `vite` (npm start): the demo pages in demo/, with mock-api answering /api/… (build/dev-server.ts);
 * - `vite build` (mode production): the npm build in dist/ (ESM, one file per module, dependencies external);
 * - `vite build --mode cdn`: dist/cdn/absch-widgets.js, one file that defines every element, and the chunks
 *   it loads when a page needs them (build/cdn.ts);
 * - `vite build --mode cdn-hydrate`: dist/cdn/hydrate/absch-widgets.js, the same with Lit's hydration support, for
 *   pages with server-rendered elements (src/hydrate.ts);
 * - `vite build --mode cdn-split`: dist/cdn/autoloader.js and dist/cdn/define/absch-*.js, one file per element
 *   sharing a core chunk, for pages that use one or two elements (build/cdn.ts).
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { allInOneBuild, perElementBuild, templateMinifier } from './build/cdn.ts';
import { devServer } from './build/dev-server.ts';
import pkg from './package.json' with { type: 'json' };

const src = (path: string) => resolve(import.meta.dirname, 'src', path);

/** One define entry per element: `define/absch-country-profile` → src/define/absch-country-profile.ts. */
function defineEntries(): Record<string, string> {
  const defines = readdirSync(src('define')).filter((file) => file.endsWith('.ts'));
  return Object.fromEntries(defines.map((file) => [`define/${file.replace(/\.ts$/, '')}`, src(`define/${file}`)]));
}

const dependencies = Object.keys(pkg.dependencies);
const isDependency = (id: string) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return devServer();
  if (mode === 'cdn') return allInOneBuild(src('absch-widgets.ts'), 'dist/cdn', 'absch-widgets.js');
  // The same, with Lit's hydration support, for pages with server-rendered elements (src/hydrate.ts).
  if (mode === 'cdn-hydrate') return allInOneBuild(src('hydrate.ts'), 'dist/cdn/hydrate', 'absch-widgets.js');
  // What five of the six elements or more need is the core; the autoloader is an entry but shares nothing.
  if (mode === 'cdn-split') return perElementBuild({ autoloader: src('autoloader.ts'), ...defineEntries() }, 'dist/cdn', 5);
  return {
    plugins: [templateMinifier()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      lib: { entry: { index: src('index.ts'), 'absch-widgets': src('absch-widgets.ts'), hydrate: src('hydrate.ts'), 'server/index': src('server/index.ts'), 'server/service/cli': src('server/service/cli.ts'), ...defineEntries() }, formats: ['es'] },
      rolldownOptions: {
        // Node's own modules too: the render service (src/server/service) runs on Node only.
        external: (id) => isDependency(id) || id.startsWith('node:'),
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
