/**
 * dist/frameworks/*.d.ts: the elements' tags typed for JSX (React 19, Preact, Solid), Vue 3 and
 * Svelte 5, so that a misspelt attribute or a wrong event handler fails the user's type check. The
 * JSX map (jsx.d.ts) is generated from custom-elements.json by custom-element-jsx-integration; the
 * React, Vue and Svelte files map it into each framework's own interface. The package exports them
 * as `absch-widgets/jsx`, `/react`, `/vue` and `/svelte` (docs/frameworks.md).
 *
 * Runs after `npm run manifest` in `npm run build`: it reads the manifest and the element classes'
 * declarations in dist/, which the generated files import.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { generateJsxTypes } from 'custom-element-jsx-integration';

const OUT_DIR = 'dist/frameworks';
/** From OUT_DIR: the package root's types, which export every element class and event detail. */
const ROOT_TYPES = '../index.js';

interface ManifestEvent {
  name: string;
  type?: { text: string };
}
interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
}
interface ManifestMember {
  kind: string;
  name: string;
  privacy?: string;
  attribute?: string;
}
interface Manifest {
  modules: { declarations?: { name: string; tagName?: string; events?: ManifestEvent[]; attributes?: ManifestAttribute[]; members?: ManifestMember[] }[] }[];
}

/**
 * The generator types an attribute as its field's type (`AbschRecord["uid"]`); an attribute that no
 * field backs (`theme`, which only CSS reads) gets this stand-in field name, replaced by the
 * attribute's type from the manifest once the file is written.
 */
const ATTRIBUTE_ONLY = 'attribute-only:';

/**
 * The detail type of each event, by name, read from the event map in src/base/events.ts
 * (`'absch-load': CustomEvent<AbschLoadDetail>` gives `absch-load` → `AbschLoadDetail`).
 */
function eventDetailTypes(): Map<string, string> {
  const file = ts.createSourceFile('events.ts', readFileSync('src/base/events.ts', 'utf8'), ts.ScriptTarget.Latest);
  const details = new Map<string, string>();
  for (const statement of file.statements) {
    if (!ts.isInterfaceDeclaration(statement) || statement.name.text !== 'AbschEventMap') continue;
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member) || !member.type || !ts.isTypeReferenceNode(member.type)) continue;
      const [detail] = member.type.typeArguments ?? [];
      if (member.name && ts.isStringLiteral(member.name) && detail) details.set(member.name.text, detail.getText(file));
    }
  }
  if (details.size === 0) throw new Error('src/base/events.ts: no AbschEventMap with CustomEvent<Detail> members');
  return details;
}

/**
 * The manifest as the generators should read it, in a copy (custom-elements.json is left as the
 * analyser wrote it):
 * - They write an event's `type.text` as the detail of `CustomEvent<…>`; the manifest says only
 *   `CustomEvent` (the JSDoc `@fires` has no type), so each event gets its detail type. It is written as
 *   an import type: a plain name would be imported once per element that fires it, a duplicate identifier.
 * - An attribute that no field backs gets a stand-in field name (ATTRIBUTE_ONLY).
 * - They type a field that has an attribute by the attribute's name only (`max-per-type`); React 19,
 *   Vue and Svelte also set properties (`maxPerType`), so each such field is listed once more as a
 *   property without an attribute.
 */
function forGenerators(manifest: Manifest, details: Map<string, string>): Manifest {
  const copy = structuredClone(manifest);
  for (const declaration of copy.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    for (const event of declaration.events ?? []) {
      const detail = details.get(event.name);
      if (!detail) throw new Error(`<${declaration.tagName}> fires ${event.name}, which src/base/events.ts does not type`);
      event.type = { text: `import('${ROOT_TYPES}').${detail}` };
    }
    for (const attribute of declaration.attributes ?? []) attribute.fieldName ??= ATTRIBUTE_ONLY + attribute.name;
    const renamed = (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.privacy && member.attribute && member.attribute !== member.name);
    declaration.members = [...(declaration.members ?? []), ...renamed.map(({ attribute: _attribute, ...property }) => property)];
  }
  return copy;
}

/** React 19 reads JSX element types from `React.JSX`, not from the global namespace. */
const REACT_TYPES = `/** Types the absch-* tags in React 19's JSX: attributes, properties and \`onabsch-*\` events. */
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;

/**
 * Vue's template checker (vue-tsc) looks a tag up in \`GlobalComponents\` and its attributes up by their
 * camelized name: \`max-per-type\` as \`maxPerType\`, \`@absch-load\` as \`onAbschLoad\`. The JSX props are renamed
 * so; \`class\`, \`style\`, \`key\` and \`ref\` are Vue's own, and \`children\`, \`className\`, \`classList\` and
 * \`htmlFor\` mean nothing in a Vue template.
 */
const VUE_TYPES = `/** Types the absch-* tags in Vue 3 templates: attributes, properties and \`@absch-*\` events. */
import type { DefineComponent } from 'vue';
import type { CustomElements } from './jsx.js';

type Camelized<Name extends string> = Name extends \`\${infer Head}-\${infer Tail}\` ? \`\${Head}\${Capitalize<Camelized<Tail>>}\` : Name;
type NotInVue = 'children' | 'class' | 'className' | 'classList' | 'htmlFor' | 'key' | 'ref' | 'style';
type VueProps<Props> = {
  [Name in Exclude<keyof Props, NotInVue> & string as Name extends \`on\${infer Event}\` ? \`on\${Capitalize<Camelized<Event>>}\` : Camelized<Name>]?: Props[Name];
};
export type VueCustomElements = { [Tag in keyof CustomElements]: DefineComponent<VueProps<CustomElements[Tag]>> };

declare module 'vue' {
  interface GlobalComponents extends VueCustomElements {}
}
`;

/**
 * Svelte 5 types an element's attributes in \`SvelteHTMLElements\` (svelte/elements) and listens to
 * \`onabsch-load={…}\` as the JSX props spell it. What HTML attributes every element has, Svelte's own
 * \`HTMLAttributes\` types; the JSX base props for them, and React's \`className\` & co., are left out.
 */
const SVELTE_TYPES = `/** Types the absch-* tags in Svelte 5: attributes, properties and \`onabsch-*\` events. */
import type { HTMLAttributes } from 'svelte/elements';
import type { CustomElements } from './jsx.js';

type NotInSvelte = keyof HTMLAttributes<HTMLElement> | 'children' | 'className' | 'classList' | 'htmlFor' | 'key' | 'ref';
export type SvelteCustomElements = {
  [Tag in keyof CustomElements]: HTMLAttributes<HTMLElement> & Omit<CustomElements[Tag], NotInSvelte>;
};

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends SvelteCustomElements {}
}
`;

/** jsx.d.ts with each attribute-only stand-in (`AbschRecord["attribute-only:theme"]`) replaced by the attribute's own type. */
function withAttributeOnlyTypes(jsx: string, manifest: Manifest): string {
  return jsx.replace(new RegExp(`(\\w+)\\[["']${ATTRIBUTE_ONLY}([\\w-]+)["']\\]`, 'g'), (_standIn, className: string, name: string) => {
    const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((candidate) => candidate.name === className);
    const attribute = declaration?.attributes?.find((candidate) => candidate.name === name);
    return `(${attribute?.type?.text ?? 'string'})`;
  });
}

function generate(): void {
  const manifest = forGenerators(JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest, eventDetailTypes());
  generateJsxTypes(manifest, { outdir: OUT_DIR, fileName: 'jsx.d.ts', globalTypePath: ROOT_TYPES, hideLogs: true });
  const jsxPath = join(OUT_DIR, 'jsx.d.ts');
  writeFileSync(jsxPath, withAttributeOnlyTypes(readFileSync(jsxPath, 'utf8'), manifest));
  writeFileSync(join(OUT_DIR, 'react.d.ts'), REACT_TYPES);
  writeFileSync(join(OUT_DIR, 'vue.d.ts'), VUE_TYPES);
  writeFileSync(join(OUT_DIR, 'svelte.d.ts'), SVELTE_TYPES);
}

generate();
