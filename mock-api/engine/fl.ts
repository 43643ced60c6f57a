import type { IndexDoc, IndexValue } from '../types.js';
import { wildcardMatcher } from './wildcard.js';

/**
 * `fl`: comma- or space-separated; `*` every stored field, `score`, `alias:field` (the site's
 * `rec_title:title_EN_t`), globs such as `title_*_t`. Unknown fields are simply absent, as in Solr.
 */
type Entry =
  | { kind: 'all' }
  | { kind: 'score'; key: string }
  | { kind: 'field'; key: string; field: string }
  | { kind: 'glob'; test: (field: string) => boolean };

export type Projector = (doc: IndexDoc, score: number) => Record<string, IndexValue>;

function entries(specs: string[]): Entry[] {
  const names = specs.flatMap((s) => s.split(/[\s,]+/)).filter((s) => s !== '');
  if (names.length === 0) return [{ kind: 'all' }];
  return names.map((name): Entry => {
    if (name === '*') return { kind: 'all' };
    const colon = name.indexOf(':');
    const key = colon > 0 ? name.slice(0, colon) : name;
    const field = colon > 0 ? name.slice(colon + 1) : name;
    if (field === 'score') return { kind: 'score', key };
    if (field.includes('*') && colon < 0) return { kind: 'glob', test: wildcardMatcher(field, (s) => s) };
    return { kind: 'field', key, field };
  });
}

export function projector(specs: string[]): Projector {
  const list = entries(specs);
  return (doc, score) => {
    const out: Record<string, IndexValue> = {};
    for (const entry of list) {
      switch (entry.kind) {
        case 'all': Object.assign(out, doc); break;
        case 'score': out[entry.key] = score; break;
        case 'field': if (Object.hasOwn(doc, entry.field)) out[entry.key] = doc[entry.field]!; break;
        case 'glob': for (const [k, v] of Object.entries(doc)) if (entry.test(k)) out[k] = v; break;
      }
    }
    return out;
  };
}
