/**
 * The framework types as a user gets them: the packed tarball (`npm pack` of the build) is unpacked
 * into scratch React 19, Vue 3 and Svelte 5 apps, whose component is the README's example for that
 * framework; each app type-checks (tsc, vue-tsc, svelte-check) and builds (vite). The same example
 * with `country` misspelt and a misspelt field of an event's detail must fail the type check, with
 * those two errors, and so must a string given to a number property; no other error.
 *
 * No network: the apps' node_modules links the project's own (react, vue, svelte and their checkers
 * are devDependencies); only absch-widgets comes from the tarball. The three apps run at once.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const scratch = mkdtempSync(join(tmpdir(), 'absch-widgets-frameworks-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

interface Outcome {
  code: number;
  output: string;
}
/** Runs a command to its end; resolves with its exit code and its output, stdout and stderr together. */
async function run(command: string, args: string[], cwd: string): Promise<Outcome> {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** The code blocks of the README's "Frameworks" section, by their language (`tsx`, `vue`, `svelte`). */
function readmeExamples(): Map<string, string> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = /^### Frameworks\n([\s\S]*?)(?=^##)/m.exec(readme)?.[1];
  assert.ok(section, 'the README has a "### Frameworks" section');
  return new Map([...section.matchAll(/^```(\w+)\n([\s\S]*?)^```/gm)].map((block) => [block[1], block[2]]));
}

/** The example with the attribute `country` misspelt `countri`, and the event detail's `uid` misspelt `uidd`. */
function misspelt(example: string): string {
  const typo = example.replace(/\bcountry(?==)/, 'countri').replace(/\.detail\.uid\b/, '.detail.uidd');
  assert.notEqual(typo, example);
  assert.match(typo, /countri=[\s\S]*\.detail\.uidd/, 'the example sets `country` and reads `detail.uid`');
  return typo;
}

const TSCONFIG = { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2023', 'DOM', 'DOM.Iterable'] };
const page = (script: string) => `<!doctype html><html lang="en"><body><div id="app"></div><script type="module" src="${script}"></script></body></html>`;

interface App {
  name: string;
  /** The README block's language, which is also the component file's extension. */
  language: string;
  files: Record<string, string>;
  /** src/Wrong.<language>: a number property (`pageSize`) given a string, which must fail the type check. */
  wrongProperty: string;
  /** Type-checks the app's src/: exit code and messages. */
  check: (dir: string) => Promise<Outcome>;
}

const APPS: App[] = [
  {
    name: 'React 19',
    language: 'tsx',
    files: {
      'index.html': page('./src/main.tsx'),
      'src/main.tsx': `import { createRoot } from 'react-dom/client';\nimport { Profile } from './Profile';\ncreateRoot(document.getElementById('app')!).render(<Profile code="ke" />);\n`,
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...TSCONFIG, jsx: 'react-jsx', types: [] }, include: ['src'] }),
    },
    wrongProperty: `import type {} from 'absch-widgets/react';\nexport const Wrong = () => <absch-certificate-list pageSize="many" />;\n`,
    check: (dir) => run(bin('tsc'), ['-p', 'tsconfig.json'], dir),
  },
  {
    name: 'Vue 3',
    language: 'vue',
    files: {
      'index.html': page('./src/main.ts'),
      'src/main.ts': `import { createApp, h } from 'vue';\nimport Profile from './Profile.vue';\ncreateApp({ render: () => h(Profile, { code: 'ke' }) }).mount('#app');\n`,
      // As the README says: Vue leaves absch-* tags to the browser, and vue-tsc checks attributes.
      'vite.config.ts': `import vue from '@vitejs/plugin-vue';\nexport default { plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag: string) => tag.startsWith('absch-') } } })] };\n`,
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...TSCONFIG, types: [] }, vueCompilerOptions: { strictTemplates: true }, include: ['src/**/*.ts', 'src/**/*.vue'] }),
    },
    wrongProperty: `<script setup lang="ts">\nimport type {} from 'absch-widgets/vue';\n</script>\n\n<template>\n  <absch-certificate-list :page-size="'many'" />\n</template>\n`,
    check: (dir) => run(bin('vue-tsc'), ['-p', 'tsconfig.json'], dir),
  },
  {
    name: 'Svelte 5',
    language: 'svelte',
    files: {
      'index.html': page('./src/main.ts'),
      'src/main.ts': `import { mount } from 'svelte';\nimport Profile from './Profile.svelte';\nmount(Profile, { target: document.getElementById('app')!, props: { code: 'ke' } });\n`,
      'vite.config.ts': `import { svelte } from '@sveltejs/vite-plugin-svelte';\nexport default { plugins: [svelte()] };\n`,
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...TSCONFIG, verbatimModuleSyntax: true, types: ['svelte'] }, include: ['src/**/*.ts', 'src/**/*.svelte'] }),
    },
    wrongProperty: `<script lang="ts">\n  import type {} from 'absch-widgets/svelte';\n</script>\n\n<absch-certificate-list pageSize="many"></absch-certificate-list>\n`,
    check: (dir) => run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--output', 'machine'], dir),
  },
];

let tarball: string;
before(async () => {
  assert.ok(existsSync(join(root, 'dist/frameworks/jsx.d.ts')), 'dist/frameworks/ is built (npm run build)');
  const packed = await run('npm', ['pack', '--pack-destination', scratch, '--silent'], root);
  assert.equal(packed.code, 0, packed.output);
  tarball = join(scratch, packed.output.trim().split('\n').pop()!);
});

/** An app folder: its files, absch-widgets unpacked from the tarball, and every other package linked from the project. */
async function writeApp(app: App, component: string, typo: string): Promise<string> {
  const dir = join(scratch, app.language);
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, 'absch-widgets'), { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== '.vite' && entry !== '.vite-temp' && entry !== '.cache') symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  const unpacked = await run('tar', ['-xzf', tarball, '-C', join(modules, 'absch-widgets'), '--strip-components=1'], dir);
  assert.equal(unpacked.code, 0, unpacked.output);
  const files: Record<string, string> = {
    ...app.files,
    'package.json': JSON.stringify({ name: `scratch-${app.language}`, private: true, type: 'module' }),
    [`src/Profile.${app.language}`]: component,
    [`src/Typo.${app.language}`]: typo,
    [`src/Wrong.${app.language}`]: app.wrongProperty,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the framework types, in apps built from the packed tarball', { concurrency: APPS.length, timeout: 300_000 }, () => {
  for (const app of APPS) {
    it(`${app.name}: the README's example type-checks and builds; misspelt, or with a property of the wrong type, it fails the type check`, async () => {
      const example = readmeExamples().get(app.language);
      assert.ok(example, `the README's Frameworks section has a \`\`\`${app.language} example`);
      const dir = await writeApp(app, example, misspelt(example));

      const checked = await app.check(dir);
      assert.notEqual(checked.code, 0, `the misspelt copy fails the type check:\n${checked.output}`);
      const filesWithErrors = new Set([...checked.output.matchAll(/([\w./-]+\.(?:tsx?|vue|svelte))[("\s:]/g)].map((match) => match[1]));
      assert.deepEqual([...filesWithErrors].sort(), [`src/Typo.${app.language}`, `src/Wrong.${app.language}`], `errors in the misspelt copy and the wrong property only:\n${checked.output}`);
      assert.match(checked.output, /\bcountri\b/, `the misspelt attribute is an error:\n${checked.output}`);
      assert.match(checked.output, /Property 'uidd' does not exist on type 'AbschSelectDetail'/, `the event's detail is typed:\n${checked.output}`);
      assert.match(checked.output, /'string' is not assignable to type 'number'/, `the property is typed:\n${checked.output}`);

      const built = await run(bin('vite'), ['build', '--logLevel', 'error'], dir);
      assert.equal(built.code, 0, built.output);
      const bundle = readdirSync(join(dir, 'dist/assets'))
        .filter((file) => file.endsWith('.js'))
        .map((file) => readFileSync(join(dir, 'dist/assets', file), 'utf8'))
        .join('\n');
      assert.match(bundle, /absch-country-profile/, 'the element is in the bundle');
    });
  }
});
