// The custom-elements manifest (custom-elements.json) is generated from the classes' JSDoc:
// @tag, @summary, @fires, @csspart, @cssprop, and the documented @property fields. The base classes
// are analysed too, so each element's manifest entry has the attributes it inherits.
export default {
  globs: ['src/components/**/*.ts', 'src/base/absch-element.ts', 'src/base/view-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [ownEventsOnly()],
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
