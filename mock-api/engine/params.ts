import { QueryError } from './errors.js';

/**
 * Solr request parameters, whichever way they came: repeated keys (`fq=a&fq=b`), axios' bracket form
 * (`fq[]=a`, `fq[0]=a`), a JSON body (strings, numbers, booleans or arrays of them) or a form body.
 */
export type ParamValue = string | string[];

/** `fq[]` and `fq[3]` are `fq`. */
export function normalizeKey(key: string): string {
  const open = key.lastIndexOf('[');
  if (open > 0 && key.endsWith(']')) {
    const inside = key.slice(open + 1, -1);
    if ([...inside].every((c) => c >= '0' && c <= '9')) return key.slice(0, open);
  }
  return key;
}

export class SolrParams {
  private readonly values = new Map<string, string[]>();

  add(key: string, value: string): void {
    const k = normalizeKey(key);
    const list = this.values.get(k);
    if (list) list.push(value);
    else this.values.set(k, [value]);
  }

  addSearchParams(search: URLSearchParams): void {
    for (const [key, value] of search) this.add(key, value);
  }

  /** A JSON body: scalars become strings, arrays repeat the key; objects are kept as JSON text. */
  addJson(body: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(body)) {
      for (const v of Array.isArray(value) ? value : [value]) {
        if (v === null || v === undefined) continue;
        this.add(key, typeof v === 'object' ? JSON.stringify(v) : String(v));
      }
    }
  }

  /** Removes the keys `drop` selects; returns their names. */
  remove(drop: (key: string) => boolean): string[] {
    const removed = this.keys().filter(drop);
    for (const key of removed) this.values.delete(key);
    return removed;
  }

  /** Removes a leading `{!…}` from every value of `keys`, as a proxy that does not pass local params on would. */
  stripLocalParams(keys: readonly string[]): void {
    for (const key of keys) {
      const list = this.values.get(key);
      if (list) this.values.set(key, list.map((value) => value.replace(/^\s*\{![^}]*\}/, '')));
    }
  }

  keys(): string[] {
    return [...this.values.keys()];
  }

  get(key: string): string | undefined {
    return this.values.get(key)?.[0];
  }

  getAll(key: string): string[] {
    return this.values.get(key) ?? [];
  }

  /** A per-field override (`f.schema_s.facet.limit`) or the global value. */
  fieldParam(field: string, key: string): string | undefined {
    return this.get(`f.${field}.${key}`) ?? this.get(key);
  }

  bool(key: string, fallback = false): boolean {
    const v = this.get(key);
    return v === undefined ? fallback : v === 'true' || v === 'on' || v === 'yes' || v === '1';
  }

  /** An integer parameter; a non-numeric value or one under `min` is a 400 naming the parameter. */
  int(key: string, fallback: number, min: number, value = this.get(key)): number {
    if (value === undefined || value.trim() === '') return fallback;
    const n = Number(value.trim());
    if (!Number.isInteger(n) || n < min) {
      throw new QueryError(key, `Invalid value '${value}' for parameter ${key}: expected an integer >= ${min}`);
    }
    return n;
  }

  /** The echo of `responseHeader.params`: one value as a string, several as an array (as Solr). */
  echo(): Record<string, ParamValue> {
    const out: Record<string, ParamValue> = {};
    for (const [k, v] of this.values) out[k] = v.length === 1 ? v[0]! : [...v];
    return out;
  }
}
