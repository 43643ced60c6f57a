/**
 * The CDN builds' own rules (build/), each on a small fixture graph built with build/cdn.ts into a
 * temporary folder. The built files also run in Node, which, like a browser, keys a module by its
 * full URL, query string included: loading an entry with `?v=1` and then one of its views shows
 * whether anything ran twice.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Rolldown } from 'vite';
import { allInOneBuild, perElementBuild } from '../../build/cdn.ts';
import { writeFixture, type Fixture } from './fixture.ts';

type Chunks = Map<string, Rolldown.OutputChunk>;

const runs = () => (globalThis as { fixtureRuns?: string[] }).fixtureRuns ?? [];
const chunkNamed = (chunks: Chunks, name: string) => {
  const found = [...chunks.values()].find((chunk) => chunk.fileName.startsWith(`chunks/${name}-`));
  assert.ok(found, `a chunk named ${name}: ${[...chunks.keys()].join(' ')}`);
  return found;
};
/** The `import(…)` calls in `code` that are asked for together, in one `Promise.all([…])`. */
const askedTogether = (code: string) =>
  [...code.matchAll(/Promise\.all\(\[(import\(.*?)\]\)/g)].map((match) => [...match[1].matchAll(/["'`]([^"'`]+\.js)["'`]/g)].map((path) => path[1]).sort());
/** Static `import … from "x"` and `import "x"` statements of a minified file. */
const staticImportsOf = (code: string) => [...code.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"`()]*?from\s*)?["'`]([^"'`]+)["'`]/g)].map((match) => match[1]);

let fixture: Fixture;
before(() => {
  fixture = writeFixture();
});
after(() => fixture.remove());

describe('the all-in-one build', () => {
  let chunks: Chunks;
  let out: string;
  before(async () => {
    out = join(fixture.root, 'all-in-one');
    chunks = await fixture.build(allInOneBuild(fixture.src('absch.ts'), out, 'absch.js'));
  });

  it('keeps the entry whole: everything it imports statically and what two views share is in its one file', () => {
    const entry = chunks.get('absch.js')!;
    assert.deepEqual(entry.imports, [], 'the entry imports no chunk before it runs');
    assert.match(entry.code, /SHARED-MARK/);
    assert.match(entry.code, /HELPER-MARK/, 'the module both views import is in the entry');
    assert.doesNotMatch(chunkNamed(chunks, 'view-a').code, /HELPER-MARK|SHARED-MARK/);
    assert.match(chunkNamed(chunks, 'view-a').code, /VIEW-A-MARK/);
  });

  it('no chunk imports the entry statically', () => {
    for (const chunk of chunks.values()) {
      if (chunk.isEntry) continue;
      assert.ok(!staticImportsOf(chunk.code).some((from) => from.endsWith('absch.js')), `${chunk.fileName} imports the entry statically: ${chunk.code.slice(0, 300)}`);
    }
  });

  it('asks for the views with its own query string, and a view imports the entry back with it', () => {
    const entry = chunks.get('absch.js')!.code;
    const lazy = [...entry.matchAll(/import\(new URL\(["'`]\.\/([^"'`]+)["'`],import\.meta\.url\)\.href\+new URL\(import\.meta\.url\)\.search\)/g)].map((match) => chunks.get(match[1])?.name);
    assert.deepEqual(lazy.sort(), ['fr', 'view-a', 'view-b']);
    assert.match(chunkNamed(chunks, 'view-a').code, /await import\(new URL\(["'`]\.\.\/absch\.js["'`],import\.meta\.url\)\.href\+new URL\(import\.meta\.url\)\.search\)/);
  });

  it('loaded with ?v=1, runs the entry once however many views it opens', async () => {
    const before = runs().length;
    const absch = (await import(`${pathToFileURL(join(out, 'absch.js')).href}?v=1`)) as { open(view: 'a' | 'b'): Promise<{ render(): string }> };
    const [a, b] = await Promise.all([absch.open('a'), absch.open('b')]);
    assert.equal(a.render(), 'SHARED-MARKHELPER-MARKVIEW-A-MARK');
    assert.equal(b.render(), 'HELPER-MARKVIEW-B-MARK');
    assert.deepEqual(runs().slice(before).sort(), ['absch', 'helper', 'shared', 'view-a', 'view-b']);
  });

  it('minifies html`` templates: no comments, whitespace between tags one space, so a page reads the same text', async () => {
    const absch = (await import(`${pathToFileURL(join(out, 'absch.js')).href}?v=1`)) as { failure(text: string): string };
    assert.equal(absch.failure('Failed.'), '<div part="error"> <p>Failed.</p> <button>Try again</button> </div>');
  });

  it('a language chunk imports nothing: not the entry, whose query string it would not know', async () => {
    const french = chunkNamed(chunks, 'fr');
    assert.deepEqual(french.imports, []);
    assert.deepEqual(staticImportsOf(french.code), []);
    const { templates } = (await import(pathToFileURL(join(out, french.fileName)).href)) as { templates: { hello: { strTag: boolean; strings: string[] } } };
    assert.deepEqual([templates.hello.strTag, [...templates.hello.strings]], [true, ['Bonjour ', '']]);
  });
});

describe('the per-element build', () => {
  let chunks: Chunks;
  let out: string;
  before(async () => {
    out = join(fixture.root, 'per-element');
    const entries = { autoloader: fixture.src('autoloader.ts'), 'define/one': fixture.src('define/one.ts'), 'define/two': fixture.src('define/two.ts') };
    chunks = await fixture.build(perElementBuild(entries, out, 2));
  });

  it('puts what enough entries share in one core chunk, which no entry holds', () => {
    const core = chunkNamed(chunks, 'core');
    assert.match(core.code, /CORE-MARK/);
    for (const entry of ['define/one.js', 'define/two.js']) {
      assert.doesNotMatch(chunks.get(entry)!.code, /CORE-MARK/, entry);
      assert.deepEqual(chunks.get(entry)!.imports, [core.fileName], `${entry} imports the core`);
    }
  });

  it('asks for an element file and the chunks it imports in one Promise.all, with its query string on the file only', () => {
    const autoloader = chunks.get('autoloader.js')!.code;
    const core = chunkNamed(chunks, 'core').fileName;
    assert.deepEqual(askedTogether(autoloader), [
      [`./${core}`, './define/one.js'],
      [`./${core}`, './define/two.js'],
    ]);
    assert.match(autoloader, /import\(new URL\(["'`]\.\/define\/one\.js["'`],import\.meta\.url\)\.href\+new URL\(import\.meta\.url\)\.search\)/);
    assert.match(autoloader, new RegExp(`import\\(["'\`]\\./${core.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'\`]\\)`));
  });

  it("asks for a view alone when the element's file imported its chunks itself: they are loaded already", () => {
    const one = chunks.get('define/one.js')!;
    const view = chunkNamed(chunks, 'view-one');
    assert.deepEqual(view.imports, one.imports, 'the view imports only what the element imports');
    assert.deepEqual(askedTogether(one.code), []);
    assert.match(one.code, new RegExp(`import\\(new URL\\(["'\`]\\.\\./${view.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'\`],import\\.meta\\.url\\)\\.href\\+new URL\\(import\\.meta\\.url\\)\\.search\\)`));
  });

  it('no chunk imports an entry statically', () => {
    const entries = [...chunks.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
    for (const chunk of chunks.values()) {
      for (const from of chunk.imports) assert.ok(!entries.includes(from), `${chunk.fileName} imports the entry ${from}`);
    }
  });

  it('loaded with ?v=2, the autoloader opens an element and its view, and each module runs once', async () => {
    const before = runs().length;
    const autoloader = (await import(`${pathToFileURL(join(out, 'autoloader.js')).href}?v=2`)) as { load(tag: 'one' | 'two'): Promise<{ open(): Promise<{ render(): string }>; name(): string }> };
    const one = await autoloader.load('one');
    assert.equal((await one.open()).render(), 'CORE-MARKDEEP-MARK');
    assert.equal((await autoloader.load('two')).name(), 'CORE-MARKTWO');
    assert.deepEqual(runs().slice(before).sort(), ['autoloader', 'core', 'deep', 'one', 'two', 'view-one']);
  });
});
