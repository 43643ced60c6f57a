import { QueryError } from './errors.js';
import { fieldKind, isMultiTerm, isValidFieldName } from './fields.js';
import type { SearchIndex } from './index.js';
import type { Scores } from './match.js';

/**
 * `sort=field asc, field2 desc, score desc`. Missing values sort last whatever the direction; ties
 * end on `id` so every page is stable. Sorting on a tokenized or multi-valued field is refused as
 * Solr refuses it.
 */
export interface SortKey {
  field: string;
  desc: boolean;
}

export function parseSort(spec: string | undefined, param = 'sort'): SortKey[] {
  if (spec === undefined || spec.trim() === '') return [];
  return spec.split(',').map((part) => {
    const words = part.trim().split(/\s+/);
    const [field = '', dir = ''] = words;
    if (words.length !== 2 || !['asc', 'desc'].includes(dir.toLowerCase())) {
      throw new QueryError(param, `Can't determine a Sort Order (asc or desc) in sort spec '${part.trim()}'`);
    }
    if (field !== 'score' && !isValidFieldName(field)) throw new QueryError(param, `sort param field can't be found: ${field}`);
    if (field !== 'score' && isMultiTerm(field)) {
      throw new QueryError(param, `can not sort on multivalued or tokenized field: ${field}`);
    }
    return { field, desc: dir.toLowerCase() === 'desc' };
  });
}

type SortValue = number | string | undefined;

function valueReader(key: SortKey, index: SearchIndex, scores: Scores): (doc: number) => SortValue {
  if (key.field === 'score') return (doc) => scores[doc];
  const data = index.field(key.field);
  const kind = fieldKind(key.field);
  if (kind === 'date' || kind === 'number') return (doc) => data.numbers[doc]![0];
  return (doc) => data.terms[doc]![0];
}

export function comparator(keys: SortKey[], index: SearchIndex, scores: Scores): (a: number, b: number) => number {
  const readers = keys.map((key) => ({ desc: key.desc, read: valueReader(key, index, scores) }));
  const ids = index.field('id').terms;
  return (a, b) => {
    for (const { desc, read } of readers) {
      const va = read(a);
      const vb = read(b);
      if (va === vb) continue;
      if (va === undefined) return 1;
      if (vb === undefined) return -1;
      const cmp = va < vb ? -1 : 1;
      return desc ? -cmp : cmp;
    }
    const ia = ids[a]![0] ?? '';
    const ib = ids[b]![0] ?? '';
    return ia < ib ? -1 : ia > ib ? 1 : a - b;
  };
}
