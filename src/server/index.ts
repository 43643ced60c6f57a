/** `absch-widgets/server`: see render-element.ts. */
export { renderElement, renderElementWithOutcome, SERVER_TAGS, type Rendered, type RenderOptions, type ServerTag } from './render-element.js';
