/**
 * The two CDN builds: one minified file per page author's choice, each loading what only some pages
 * need (an element's view, a language other than English, DOMPurify) from `chunks/` when a page
 * needs it. vite.config.ts calls them with the library's entries, test/build/ with a fixture's.
 */
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import type { PluginOption, UserConfig } from 'vite';
import { allInOneChunks } from './all-in-one-chunks.ts';
import { chunkLoading } from './chunk-loading.ts';
import { selfContainedLocales } from './self-contained-locales.ts';

/** Our own modules: the html`` and css`` templates the minifier rewrites are theirs only. */
const SOURCE = /[\\/]src[\\/].*\.ts$/;

/**
 * Whitespace and comments in lit's html`` and css`` templates, which a JavaScript minifier keeps as
 * written. Whitespace between tags becomes one space, not none: a page then reads the same text as
 * from the source (`data. Try again`, not `data.Try again`). A template the minifier cannot read
 * fails the build instead of shipping unminified. Every build uses it, the npm one too: a server
 * render (src/server) must write the very template strings the browser's code hydrates, since Lit
 * matches templates by a digest of their strings.
 */
export function templateMinifier(): PluginOption {
  return minifyHtmlLiterals({ filter: (id) => SOURCE.test(id), failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } });
}

function cdnPlugins(): PluginOption[] {
  return [selfContainedLocales(), templateMinifier(), chunkLoading()];
}

const CHUNK_FILE_NAMES = 'chunks/[name]-[hash].js';

/**
 * `fileName` in `outDir` (emptied first), which defines every element: it holds every module its
 * entry imports statically and what two or more of its chunks share (all-in-one-chunks.ts).
 */
export function allInOneBuild(entry: string, outDir: string, fileName: string): UserConfig {
  return {
    plugins: cdnPlugins(),
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        // The file may export more than its source does: what its chunks share with it.
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true, chunkFileNames: CHUNK_FILE_NAMES, codeSplitting: allInOneChunks(fileName.replace(/\.js$/, ''), entry) },
      },
    },
  };
}

/**
 * One file per entry (`[name].js`) in `outDir`, beside the all-in-one file (the language and
 * DOMPurify chunks are the same files, by name and hash). What `coreSharedBy` entries or more need,
 * in their file or in their views, is one `core` chunk, not a chunk per sharing pattern: tiny chunks
 * cost more requests than they save bytes. Rolldown places the rest.
 */
export function perElementBuild(entries: Record<string, string>, outDir: string, coreSharedBy: number): UserConfig {
  return {
    plugins: cdnPlugins(),
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        // An entry exports only what its source does, so no chunk imports it.
        preserveEntrySignatures: 'strict',
        output: {
          minify: true,
          entryFileNames: '[name].js',
          chunkFileNames: CHUNK_FILE_NAMES,
          codeSplitting: { groups: [{ name: 'core', minShareCount: coreSharedBy }] },
        },
      },
    },
  };
}
