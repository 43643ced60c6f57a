/**
 * Fails when the public API of an element is undocumented: every element defined in src/define/
 * must be in custom-elements.json with a summary, every attribute, event, CSS part and CSS
 * property must have a description there, and README.md must name each of them in the element's
 * section, so the docs a user reads stay equal to the code.
 */
import { readdirSync, readFileSync } from 'node:fs';

interface Described {
  name: string;
  description?: string;
}
interface Declaration {
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  attributes?: Described[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: Declaration[] }[] };
const readme = readFileSync('README.md', 'utf8');
const elements = new Map(
  manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName!, d]),
);

const problems: string[] = [];
const defined = readdirSync('src/define').map((file) => file.replace(/\.ts$/, ''));

for (const tag of defined) {
  const element = elements.get(tag);
  if (!element) {
    problems.push(`<${tag}> is defined in src/define/ but missing from the manifest (add @tag ${tag} to its class JSDoc)`);
    continue;
  }
  if (!element.summary) problems.push(`<${tag}> has no @summary`);
  const section = readmeSection(tag);
  if (!section) problems.push(`README.md has no section "### \`<${tag}>\`"`);
  const kinds: [string, Described[] | undefined][] = [
    ['attribute', element.attributes],
    ['event', element.events],
    ['CSS part', element.cssParts],
    ['CSS property', element.cssProperties],
  ];
  for (const [kind, items] of kinds) {
    for (const item of items ?? []) {
      if (!item.description?.trim()) problems.push(`<${tag}> ${kind} ${item.name} has no description`);
      // Custom properties shared by every element are listed once, in the README's Styling section.
      const haystack = kind === 'CSS property' ? readme : section ?? '';
      if (!haystack.includes(`\`${item.name}\``)) problems.push(`README.md does not mention the ${kind} \`${item.name}\` of <${tag}>`);
    }
  }
}

/** The README text from `### \`<tag>\`` to the next heading of the same or a higher level. */
function readmeSection(tag: string): string | undefined {
  const start = readme.indexOf(`### \`<${tag}>\``);
  if (start < 0) return undefined;
  const next = readme.slice(start + 4).search(/\n#{2,3} /);
  return next < 0 ? readme.slice(start) : readme.slice(start, start + 4 + next);
}

if (problems.length) {
  console.error(`${problems.length} documentation problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`manifest: ${defined.length} element(s), every attribute, event, part and custom property described and in the README`);
