/**
 * docs/elements/<tag>.md, one page per element: the reference tables (attributes and properties,
 * methods, events, CSS parts, CSS custom properties) come from custom-elements.json, which
 * `cem analyze` builds from the classes' JSDoc; the hand-written part (what the element shows,
 * examples, behaviour) comes from docs/elements/usage/<tag>.md and is placed before the tables.
 *
 * `npm run manifest` runs `cem analyze` and then this file, which writes the pages and removes
 * pages of elements that no longer exist. scripts/check-manifest.ts calls `elementPages()` to
 * regenerate in memory and fails when a page on disk differs, so the docs cannot go stale.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownTable as table } from './markdown-table.ts';

export const ELEMENT_DOCS_DIR = 'docs/elements';
export const USAGE_DIR = join(ELEMENT_DOCS_DIR, 'usage');

export interface Described {
  name: string;
  description?: string;
}
interface TypeText {
  text?: string;
}
interface Attribute extends Described {
  fieldName?: string;
  type?: TypeText;
  default?: string;
  inheritedFrom?: { name: string };
}
interface Member extends Described {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  attribute?: string;
  readonly?: boolean;
  type?: TypeText;
  return?: { type?: TypeText };
  parameters?: { name: string; type?: TypeText }[];
  inheritedFrom?: { name: string };
}
export interface ElementDeclaration {
  name: string;
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: (Described & { default?: string })[];
}
export interface Manifest {
  modules: { path: string; declarations?: ElementDeclaration[] }[];
}

/** Every element of the manifest (a declaration with a tag name), with the source file it is declared in. */
export function manifestElements(manifest: Manifest): { element: ElementDeclaration; path: string }[] {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((element) => ({ element, path: module.path })),
  );
}

/** Text for one table cell: JSDoc lines joined, pipes escaped (a `|` would end the cell). */
function cell(text: string | undefined): string {
  return (text ?? '').trim().replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

const code = (text: string) => `\`${text.replace(/\|/g, '\\|')}\``;

/**
 * The initial value as a page author reads it. The manifest holds the source expression: literals
 * are shown (`''` as `""`), anything computed is left to the description, which states the default.
 */
function defaultValue(source: string | undefined): string {
  if (source === undefined) return '';
  const quoted = /^'([^']*)'$/.exec(source);
  if (quoted) return code(`"${quoted[1]}"`);
  return /^(-?\d+(\.\d+)?|true|false|null)$/.test(source) ? code(source) : '';
}

function attributeRows(attributes: Attribute[]): string[][] {
  return attributes.map((a) => [code(a.name), a.fieldName ? code(a.fieldName) : '', a.type?.text ? code(a.type.text) : '', defaultValue(a.default), cell(a.description)]);
}

const ATTRIBUTE_HEADERS = ['Attribute', 'Property', 'Type', 'Default', 'Description'];

function referenceSections(element: ElementDeclaration): string[] {
  const sections: string[] = [];
  const attributes = element.attributes ?? [];
  const own = attributes.filter((a) => !a.inheritedFrom);
  const shared = attributes.filter((a) => a.inheritedFrom);
  sections.push(`## Attributes and properties\n\n${table(ATTRIBUTE_HEADERS, attributeRows(own))}`);
  if (shared.length) {
    sections.push(
      `### Attributes every element takes\n\nA page can set these once for every element (see [Configuration](../../README.md#configuration)); an element's own attribute wins.\n\n${table(ATTRIBUTE_HEADERS, attributeRows(shared))}`,
    );
  }
  const attributeFields = new Set(attributes.map((a) => a.fieldName));
  const publicMembers = (element.members ?? []).filter((m) => !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'));
  const properties = publicMembers.filter((m) => m.kind === 'field' && !attributeFields.has(m.name));
  if (properties.length) {
    sections.push(
      `## Properties without an attribute\n\n${table(
        ['Property', 'Type', 'Description'],
        properties.map((p) => [code(p.name) + (p.readonly ? ' (read-only)' : ''), p.type?.text ? code(p.type.text) : '', cell(p.description)]),
      )}`,
    );
  }
  const methods = publicMembers.filter((m) => m.kind === 'method');
  if (methods.length) {
    sections.push(
      `## Methods\n\n${table(
        ['Method', 'Returns', 'Description'],
        methods.map((m) => [
          code(`${m.name}(${(m.parameters ?? []).map((p) => (p.type?.text ? `${p.name}: ${p.type.text}` : p.name)).join(', ')})`),
          m.return?.type?.text ? code(m.return.type.text) : '',
          cell(m.description),
        ]),
      )}`,
    );
  }
  const listed: [string, string, string, Described[] | undefined][] = [
    ['Events', 'Event', 'Every event bubbles and is composed, so a listener anywhere above the element hears it.', element.events],
    ['CSS parts', 'Part', 'Style them with `::part()`.', element.cssParts],
  ];
  for (const [title, header, note, items] of listed) {
    if (items?.length) sections.push(`## ${title}\n\n${note}\n\n${table([header, 'Description'], items.map((item) => [code(item.name), cell(item.description)]))}`);
  }
  const tokens = element.cssProperties ?? [];
  if (tokens.length) {
    sections.push(
      `## CSS custom properties\n\nSet them on the element or any ancestor. A default given as a share of the text is mixed from the colour the element inherits, so it suits light and dark pages alike; see [Themes](../theming.md).\n\n${table(
        ['Property', 'Default', 'Description'],
        tokens.map((token) => [code(token.name), token.default ? code(token.default) : '', cell(token.description)]),
      )}`,
    );
  }
  return sections;
}

/** One element's page: generated header, summary and class description, the hand-written usage, the tables. */
export function elementPage(element: ElementDeclaration, sourcePath: string, usage: string | undefined): string {
  const tag = element.tagName!;
  const parts = [
    `<!-- Generated by \`npm run manifest\` (scripts/element-docs.ts) from the JSDoc of ${sourcePath} and from docs/elements/usage/${tag}.md: edit those, not this file. -->`,
    `# \`<${tag}>\``,
  ];
  if (element.summary) parts.push(`**${element.summary.trim()}**`);
  if (element.description) parts.push(element.description.trim());
  parts.push(
    `\`\`\`js\nimport 'absch-widgets/define/${tag}'; // defines <${tag}>\nimport { ${element.name} } from 'absch-widgets'; // the class, nothing defined\n\`\`\``,
  );
  if (usage?.trim()) parts.push(usage.trim());
  parts.push(...referenceSections(element));
  return `${parts.join('\n\n')}\n`;
}

/** Every page, keyed by its path: what `npm run manifest` writes and the manifest check compares. */
export function elementPages(manifest: Manifest, readUsage: (tag: string) => string | undefined = readUsageFile): Map<string, string> {
  return new Map(
    manifestElements(manifest).map(({ element, path }) => [join(ELEMENT_DOCS_DIR, `${element.tagName}.md`), elementPage(element, path, readUsage(element.tagName!))]),
  );
}

function readUsageFile(tag: string): string | undefined {
  const file = join(USAGE_DIR, `${tag}.md`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The generated pages on disk (every `absch-*.md` in docs/elements; the usage sources are in a folder below). */
export function pagesOnDisk(): string[] {
  if (!existsSync(ELEMENT_DOCS_DIR)) return [];
  return readdirSync(ELEMENT_DOCS_DIR)
    .filter((file) => /^absch-.*\.md$/.test(file))
    .map((file) => join(ELEMENT_DOCS_DIR, file));
}

export function readManifest(file = 'custom-elements.json'): Manifest {
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pages = elementPages(readManifest());
  mkdirSync(ELEMENT_DOCS_DIR, { recursive: true });
  for (const stale of pagesOnDisk().filter((file) => !pages.has(file))) rmSync(stale);
  for (const [file, text] of pages) writeFileSync(file, text);
  console.log(`element docs: ${[...pages.keys()].join(', ')}`);
}
