/**
 * A small module graph shaped like the library's, written to a temporary folder and built there
 * with build/cdn.ts, as vite.config.ts builds the library:
 * - `absch.ts`, the all-in-one entry: `shared.ts` and @lit/localize statically, the views `view-a.ts`
 *   and `view-b.ts` and the French strings (`str` from @lit/localize, as lit-localize writes them) lazily;
 * - `define/one.ts` and `define/two.ts`, per-element entries that import `core.ts`, each loading its
 *   view lazily (`view-one.ts` imports `core.ts` and `deep.ts`), and `autoloader.ts`, which loads them;
 * - both views import `helper.ts`, and view-a `shared.ts`, which the all-in-one entry holds.
 * Each module says it ran in `globalThis.fixtureRuns`, and marks its code with a string.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build, mergeConfig, type Rolldown, type UserConfig } from 'vite';

const ran = (name: string) => `((globalThis as { fixtureRuns?: string[] }).fixtureRuns ??= []).push('${name}');`;

const FILES: Record<string, string> = {
  // The built .js files are ES modules, as on a CDN.
  'package.json': '{ "type": "module" }',
  'src/shared.ts': `${ran('shared')}\nexport const shared = () => 'SHARED-MARK';`,
  'src/helper.ts': `${ran('helper')}\nexport const helper = () => 'HELPER-MARK';`,
  'src/view-a.ts': `import { shared } from './shared.ts';\nimport { helper } from './helper.ts';\n${ran('view-a')}\nexport const render = () => shared() + helper() + 'VIEW-A-MARK';`,
  'src/view-b.ts': `import { helper } from './helper.ts';\n${ran('view-b')}\nexport const render = () => helper() + 'VIEW-B-MARK';`,
  // As lit-localize writes a locale module.
  'src/generated/locales/fr.ts': `import {str} from '@lit/localize';\nexport const templates = { hello: str\`Bonjour \${0}\` };`,
  'src/absch.ts': [
    `import { shared } from './shared.ts';`,
    // As the library's own modules do: the locale's `str` is then a module the entry holds.
    `import { str } from '@lit/localize';`,
    `export const greeting = (name: string) => str\`Hello \${name}\`;`,
    ran('absch'),
    `export const open = (view: 'a' | 'b') => (view === 'a' ? import('./view-a.ts') : import('./view-b.ts'));`,
    `export const french = () => import('./generated/locales/fr.ts');`,
    `export const mark = () => shared();`,
    // A template as the elements write theirs, with a stand-in for lit's tag (the minifier goes by its name).
    `const html = (strings: TemplateStringsArray, ...values: unknown[]) => strings.reduce((all, part, i) => all + String(values[i - 1]) + part);`,
    'export const failure = (text: string) => html`<div part="error">\n      <p>${text}</p>\n      <!-- retry -->\n      <button>Try again</button>\n    </div>`;',
  ].join('\n'),
  'src/core.ts': `${ran('core')}\nexport const core = () => 'CORE-MARK';`,
  'src/deep.ts': `${ran('deep')}\nexport const deep = () => 'DEEP-MARK';`,
  'src/view-one.ts': `import { core } from './core.ts';\nimport { deep } from './deep.ts';\n${ran('view-one')}\nexport const render = () => core() + deep();`,
  'src/define/one.ts': `import { core } from '../core.ts';\n${ran('one')}\nexport const open = () => import('../view-one.ts');\nexport const name = () => core() + 'ONE';`,
  'src/define/two.ts': `import { core } from '../core.ts';\n${ran('two')}\nexport const name = () => core() + 'TWO';`,
  'src/autoloader.ts': `${ran('autoloader')}\nexport const load = (tag: 'one' | 'two') => (tag === 'one' ? import('./define/one.ts') : import('./define/two.ts'));`,
};

export interface Fixture {
  root: string;
  src: (path: string) => string;
  /** Builds `config` (from build/cdn.ts) in the fixture and returns its chunks, by file name. */
  build: (config: UserConfig) => Promise<Map<string, Rolldown.OutputChunk>>;
  remove: () => void;
}

export function writeFixture(): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'absch-build-'));
  for (const [path, code] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), code);
  }
  // The fixture imports @lit/localize as the library does.
  symlinkSync(resolve(import.meta.dirname, '../../node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    src: (path) => join(root, 'src', path),
    async build(config) {
      // configFile: false, so that the library's own vite.config.ts is not read.
      const built = await build({ ...mergeConfig(config, { root, logLevel: 'silent' } satisfies UserConfig), configFile: false });
      const outputs = (Array.isArray(built) ? built : [built]) as Rolldown.RolldownOutput[];
      return new Map(outputs.flatMap((out) => out.output).filter((item): item is Rolldown.OutputChunk => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
