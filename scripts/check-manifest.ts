/**
 * Fails when the docs a user reads differ from the code: every element defined in src/define/
 * must be in custom-elements.json with a summary, and every attribute, event, CSS part and CSS
 * property must have a description there; each element needs its hand-written usage page
 * (docs/elements/usage/<tag>.md) and a link from README.md; docs/elements/<tag>.md must be
 * exactly what scripts/element-docs.ts makes of the manifest today (run `npm run manifest`); the
 * README stays an overview (at most 15 kB); and every relative link of the docs reaches its target.
 *
 * The manifest is analysed afresh into a scratch folder, and npm test runs this before the build
 * (which rewrites docs/elements): the pages compared are the ones in the tree, as committed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ELEMENT_DOCS_DIR, elementPages, manifestElements, pagesOnDisk, readManifest, USAGE_DIR, type Described, type Manifest } from './element-docs.ts';

/** The manifest of the code as it is now (custom-elements.json in the tree may be older). */
function freshManifest(): Manifest {
  const scratch = mkdtempSync(join(tmpdir(), 'absch-manifest-'));
  try {
    // cem joins --outdir to the working directory, so it gets a relative path.
    execFileSync(join('node_modules', '.bin', 'cem'), ['analyze', '--quiet', '--outdir', relative(process.cwd(), scratch)], { stdio: 'inherit' });
    return readManifest(join(scratch, 'custom-elements.json'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const manifest = freshManifest();
const readme = readFileSync('README.md', 'utf8');
const elements = new Map(manifestElements(manifest).map(({ element }) => [element.tagName!, element]));

const problems: string[] = [];
const defined = readdirSync('src/define').map((file) => file.replace(/\.ts$/, ''));

for (const tag of defined) {
  const element = elements.get(tag);
  if (!element) {
    problems.push(`<${tag}> is defined in src/define/ but missing from the manifest (its class JSDoc needs @tag ${tag}, right above the class)`);
    continue;
  }
  if (!element.summary) problems.push(`<${tag}> has no @summary`);
  const kinds: [string, Described[] | undefined][] = [
    ['attribute', element.attributes],
    ['event', element.events],
    ['CSS part', element.cssParts],
    ['CSS property', element.cssProperties],
  ];
  for (const [kind, items] of kinds) {
    for (const item of items ?? []) if (!item.description?.trim()) problems.push(`<${tag}> ${kind} ${item.name} has no description`);
  }
  if (!existsSync(join(USAGE_DIR, `${tag}.md`))) problems.push(`${USAGE_DIR}/${tag}.md (what <${tag}> shows, with examples) is missing`);
  if (!readme.includes(`docs/elements/${tag}.md`)) problems.push(`README.md does not link to docs/elements/${tag}.md`);
}

for (const file of readdirSync(USAGE_DIR)) {
  if (!defined.includes(file.replace(/\.md$/, ''))) problems.push(`${USAGE_DIR}/${file} belongs to no element defined in src/define/`);
}

const pages = elementPages(manifest);
for (const [file, text] of pages) {
  if (!existsSync(file)) problems.push(`${file} is missing (run npm run manifest)`);
  else if (readFileSync(file, 'utf8') !== text) problems.push(`${file} is stale: the JSDoc or its usage page changed since it was generated (run npm run manifest)`);
}
for (const file of pagesOnDisk()) if (!pages.has(file)) problems.push(`${file} documents no element of the manifest (run npm run manifest)`);

// The README is the overview; reference text belongs in docs/ (issue 17: at most 15 kB).
const README_LIMIT = 15_000;
if (Buffer.byteLength(readme) > README_LIMIT) problems.push(`README.md is ${Buffer.byteLength(readme)} bytes, over ${README_LIMIT}: move reference text to docs/`);

// Every relative link of the docs reaches a file, and a heading when it names one. A usage page's
// links are relative to the generated page it ends up in, so they are checked there.
const docs = ['README.md', 'CONTRIBUTING.md', ...markdownIn('docs'), ...markdownIn(ELEMENT_DOCS_DIR)];
for (const file of docs) {
  for (const [, target] of readFileSync(file, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/.test(target) || target.startsWith('#')) continue;
    const [path, anchor] = target.split('#');
    const resolved = join(dirname(file), path);
    if (!existsSync(resolved)) problems.push(`${file} links to ${target}, which does not exist`);
    else if (anchor && resolved.endsWith('.md') && !headingSlugs(resolved).has(anchor)) problems.push(`${file} links to ${target}: no such heading`);
  }
}

function markdownIn(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.md')).map((f) => join(folder, f)) : [];
}

/** GitHub's anchors for a file's headings: lower case, punctuation dropped, spaces to hyphens. */
function headingSlugs(file: string): Set<string> {
  const headings = readFileSync(file, 'utf8').matchAll(/^#{1,6} (.+)$/gm);
  return new Set([...headings].map(([, heading]) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')));
}

if (problems.length) {
  console.error(`${problems.length} documentation problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`manifest: ${defined.length} element(s) described, docs/elements up to date and linked from the README, every docs link resolves`);
