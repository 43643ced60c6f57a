/**
 * Registration that never throws on a second load (two script tags, a Drupal block and a theme
 * both including the CDN file, two versions): a tag that is taken is left alone, with a warning
 * only when the versions differ (Shoelace's `define`, Vaadin's define.js).
 */
import { VERSION } from './version.js';

const VERSION_KEY = Symbol.for('absch-widgets.version');

type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

export function defineElement(tag: string, element: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    const other = existing[VERSION_KEY];
    if (other !== VERSION) {
      console.warn(`absch-widgets: <${tag}> is already defined by version ${other ?? 'unknown'}; version ${VERSION} is not used for it.`);
    }
    return;
  }
  (element as Versioned)[VERSION_KEY] = VERSION;
  registry.define(tag, element);
}
