import { readdirSync, readFileSync } from 'node:fs';

const SHARED_STYLES = 'src/base/styles.ts';

// The custom-elements manifest (custom-elements.json) is generated from the classes' JSDoc:
// @tag, @summary, @fires, @csspart, @cssprop, and the documented @property fields. The base classes
// are analysed too, so each element's manifest entry has the attributes it inherits.
export default {
  globs: ['src/components/**/*.ts', 'src/base/absch-element.ts', 'src/base/view-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [ownEventsOnly(), sharedTheme()],
};

/**
 * The analyser lists every event a base class can dispatch under every element, with the element's
 * `@fires` descriptions merged in. A base helper that an element never calls (the export's) would
 * then show as an undescribed event of that element: an inherited event that the element does not
 * describe is not one it fires. Runs after the analyser's own inheritance step.
 */
function ownEventsOnly() {
  return {
    name: 'own-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (declaration.tagName && declaration.events) {
          declaration.events = declaration.events.filter((event) => !event.inheritedFrom || event.description?.trim());
        }
      }
    },
  };
}


/**
 * The design tokens every element reads come from the base styles, where one `@cssprop` table
 * documents them (with defaults); the `theme` attribute is handled there too, in CSS only. Both go
 * into every element's manifest entry, so that the element pages, Storybook and the framework types
 * list them, after the element's own tokens (a shared token described by an element is replaced by
 * the shared description). Fails when a token used in the base styles has no line in the table.
 */
function sharedTheme() {
  const source = readFileSync(SHARED_STYLES, 'utf8');
  const tokens = [...source.matchAll(/^ \* @cssprop \[(--absch-[\w-]+)=([^\]]+)\] - (.+)$/gm)].map(([, name, value, description]) => ({
    name,
    default: value,
    description,
  }));
  const documented = new Set(tokens.map((token) => token.name));
  const theme = {
    name: 'theme',
    type: { text: "'light' | 'dark' | 'auto'" },
    description:
      "Paints the element's own background and text in a colour scheme: `dark`, `light`, or `auto` (the system's `prefers-color-scheme`). Without it the element has no background and follows the page: its text colour and its `color-scheme`. An attribute only, read by the element's CSS.",
  };
  return {
    name: 'shared-theme',
    packageLinkPhase({ customElementsManifest }) {
      const described = new Set(documented);
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (!declaration.tagName) continue;
        const own = (declaration.cssProperties ?? []).filter((property) => !documented.has(property.name));
        for (const property of own) described.add(property.name);
        declaration.cssProperties = [...own, ...tokens];
        declaration.attributes = [...(declaration.attributes ?? []).filter((attribute) => attribute.name !== 'theme'), theme];
      }
      const styleFiles = [
        ...readdirSync('src/base').filter((file) => file.endsWith('styles.ts')).map((file) => `src/base/${file}`),
        ...readdirSync('src/components').flatMap((dir) => readdirSync(`src/components/${dir}`).filter((file) => file.endsWith('.styles.ts')).map((file) => `src/components/${dir}/${file}`)),
      ];
      const used = new Set(styleFiles.flatMap((file) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').match(/--absch-[\w-]+/g) ?? []));
      const undocumented = [...used].filter((name) => !described.has(name));
      if (undocumented.length) throw new Error(`${undocumented.join(', ')}: used in the styles, described neither in ${SHARED_STYLES} nor in an element's JSDoc`);
    },
  };
}
