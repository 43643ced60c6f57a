// The custom-elements manifest (custom-elements.json) is generated from the classes' JSDoc:
// @tag, @summary, @fires, @csspart, @cssprop, and the documented @property fields. The base classes
// are analysed too, so each element's manifest entry has the attributes it inherits.
export default {
  globs: ['src/components/**/*.ts', 'src/base/absch-element.ts', 'src/base/view-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
