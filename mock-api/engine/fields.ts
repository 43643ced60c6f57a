/**
 * Field semantics come from the name's suffix, as in the ABSCH Solr schema (docs/api-notes.md §2.2):
 * `_s`/`_ss` exact strings, `_t`/`_txt` tokenized text, `_b` boolean, `_dt` date, `_i`/`_d` numbers.
 * A name without a known suffix (`id`) is an exact string.
 */
export type FieldKind = 'string' | 'text' | 'bool' | 'date' | 'number';

interface SuffixRule {
  suffix: string;
  kind: FieldKind;
  multi: boolean;
}

// Longest suffixes first so `_txt` wins over `_t`, `_ss` over `_s`.
const SUFFIXES: readonly SuffixRule[] = [
  { suffix: '_txt', kind: 'text', multi: true },
  { suffix: '_dts', kind: 'date', multi: true },
  { suffix: '_ss', kind: 'string', multi: true },
  { suffix: '_is', kind: 'number', multi: true },
  { suffix: '_ds', kind: 'number', multi: true },
  { suffix: '_bs', kind: 'bool', multi: true },
  { suffix: '_dt', kind: 'date', multi: false },
  { suffix: '_s', kind: 'string', multi: false },
  { suffix: '_t', kind: 'text', multi: false },
  { suffix: '_b', kind: 'bool', multi: false },
  { suffix: '_i', kind: 'number', multi: false },
  { suffix: '_l', kind: 'number', multi: false },
  { suffix: '_d', kind: 'number', multi: false },
  { suffix: '_f', kind: 'number', multi: false },
];

/**
 * Fields whose string values match case-insensitively. The site sends `realm_ss:abs`, but one page
 * sends `ABS` (docs/api-notes.md §2.2), so the mock folds case for this field only.
 */
const CASE_INSENSITIVE = new Set(['realm_ss']);

export function fieldKind(field: string): FieldKind {
  return SUFFIXES.find((rule) => field.endsWith(rule.suffix))?.kind ?? 'string';
}

/** Solr refuses to sort or group on these: several values, or several tokens, per document. */
export function isMultiTerm(field: string): boolean {
  const rule = SUFFIXES.find((r) => field.endsWith(r.suffix));
  return rule !== undefined && (rule.multi || rule.kind === 'text');
}

/** How a query or indexed string value of `field` is compared (identity or lower-case). */
export function foldString(field: string, value: string): string {
  return CASE_INSENSITIVE.has(field) ? value.toLowerCase() : value;
}

/** Solr field names: letters, digits, underscore; `*` alone means "every field". */
export function isValidFieldName(name: string): boolean {
  if (name.length === 0) return false;
  for (const ch of name) {
    const ok = ch === '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch === '.';
    if (!ok) return false;
  }
  return !(name[0]! >= '0' && name[0]! <= '9');
}

/** Solr's BoolField reads `true`, `T`, `1`… as true and anything else as false. */
export function parseBool(value: string): boolean {
  const first = value.charAt(0);
  return first === 't' || first === 'T' || first === '1';
}

/** The stored value(s) of a document field as a list of scalars (a missing field gives []). */
export function storedValues(value: unknown): (string | number | boolean)[] {
  if (value === undefined || value === null) return [];
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
}
