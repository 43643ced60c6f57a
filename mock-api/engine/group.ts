import { QueryError } from './errors.js';
import { isMultiTerm, isValidFieldName } from './fields.js';
import type { IndexValue } from '../types.js';
import type { SearchRun } from './run.js';
import { comparator, parseSort } from './sort.js';

/**
 * Result grouping (`group=true&group.field=grp_government_schema_s`), as the country profile uses it:
 * groups are ordered by their best document under `sort`, `start`/`rows` page the groups, each group
 * shows `group.limit` documents (default 1, -1 all) from `group.offset` ordered by `group.sort`, and
 * `doclist.numFound` is the whole group's size (the profile's count per record type).
 */
export interface GroupResult {
  matches: number;
  ngroups?: number;
  groups: { groupValue: string | null; doclist: { numFound: number; start: number; docs: Record<string, IndexValue>[] } }[];
}

export interface Paging {
  start: number;
  rows: number;
}

function groupsOf(run: SearchRun, field: string, sorted: readonly number[]): Map<string | null, number[]> {
  const terms = run.index.field(field).terms;
  const groups = new Map<string | null, number[]>();
  for (const doc of sorted) {
    const value = run.index.docs[doc]![field];
    const key = value === undefined ? null : typeof value === 'string' ? value : terms[doc]![0] ?? null;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(doc);
  }
  return groups;
}

export function groupFields(run: SearchRun): string[] {
  const fields = run.params.getAll('group.field');
  if (fields.length === 0) {
    throw new QueryError('group.field', 'Specify at least one field, function or query to group by.');
  }
  for (const field of fields) {
    if (!isValidFieldName(field)) throw new QueryError('group.field', `undefined field: ${field}`);
    if (isMultiTerm(field)) throw new QueryError('group.field', `can not use FieldCache on multivalued field: ${field}`);
  }
  return fields;
}

export function grouped(
  run: SearchRun, sorted: readonly number[], paging: Paging, render: (doc: number) => Record<string, IndexValue>,
): { result: Record<string, GroupResult>; shown: number[] } {
  const limit = run.params.int('group.limit', 1, -1);
  const offset = run.params.int('group.offset', 0, 0);
  const groupSort = parseSort(run.params.get('group.sort'), 'group.sort');
  const within = groupSort.length > 0 ? comparator(groupSort, run.index, run.qScores) : undefined;
  const result: Record<string, GroupResult> = {};
  const shown: number[] = [];
  for (const field of groupFields(run)) {
    const all = [...groupsOf(run, field, sorted)];
    const groups = all.slice(paging.start, paging.start + paging.rows).map(([groupValue, docs]) => {
      const ordered = within ? [...docs].sort(within) : docs;
      const page = ordered.slice(offset, limit < 0 ? undefined : offset + limit);
      shown.push(...page);
      return { groupValue, doclist: { numFound: docs.length, start: offset, docs: page.map(render) } };
    });
    result[field] = { matches: sorted.length, ...(run.params.bool('group.ngroups') ? { ngroups: all.length } : {}), groups };
  }
  return { result, shown };
}
