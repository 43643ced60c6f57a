/**
 * The elements a server renders, defined once per process in the DOM shim that Lit provides on
 * Node, with a jsdom window lent to DOMPurify, which needs a real DOM to sanitize record HTML.
 */
import type { WindowLike } from 'dompurify';
import type { AbschViewElement } from '../base/view-element.js';

export const SERVER_TAGS: readonly string[] & readonly ServerTag[] = ['absch-certificate-list', 'absch-country-profile', 'absch-parties-list', 'absch-record', 'absch-search', 'absch-stats'] as const satisfies readonly ServerTag[];
export type ServerTag = 'absch-certificate-list' | 'absch-country-profile' | 'absch-parties-list' | 'absch-record' | 'absch-search' | 'absch-stats';

/** An element as the server uses it: the base's server entry points, whatever its data. */
export type ServerElement = AbschViewElement<readonly unknown[], unknown, unknown>;

let defined: Promise<void> | undefined;

export function defineServerElements(): Promise<void> {
  return (defined ??= (async () => {
    const [{ JSDOM }, { useWindowForSanitizing }] = await Promise.all([import('jsdom'), import('../base/dompurify.js')]);
    useWindowForSanitizing(new JSDOM('').window as unknown as WindowLike);
    await Promise.all([
      import('../define/absch-certificate-list.js'),
      import('../define/absch-country-profile.js'),
      import('../define/absch-parties-list.js'),
      import('../define/absch-record.js'),
      import('../define/absch-search.js'),
      import('../define/absch-stats.js'),
    ]);
  })());
}

/** A new, unconnected instance of `tag`'s class. */
export function serverElement(tag: ServerTag): ServerElement {
  const constructor = customElements.get(tag) as (new () => ServerElement) | undefined;
  if (!constructor) throw new Error(`absch-widgets/server: <${tag}> is not defined; await defineServerElements() first.`);
  return new constructor();
}
