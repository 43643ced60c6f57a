// The custom-elements manifest (custom-elements.json) is generated from the classes' JSDoc:
// @tag, @summary, @fires, @csspart, @cssprop, and the documented @property fields.
export default {
  globs: ['src/components/**/*.ts', 'src/base/absch-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
