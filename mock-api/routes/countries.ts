import type { Country } from '../types.js';
import { invalidParameter, notFound, type ApiResult } from '../http.js';

/**
 * `GET /api/v2013/countries` (with the Mongo-style JSON sort `s={"name.en":1}`; the other Mongo
 * parameters `q f fo sk l c` are accepted and ignored) and `/countries/{CODE}`: CODE is upper-case
 * ISO2 as the real API wants; `ke` is a 404 there too.
 */
function pathValue(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function sortSpec(text: string | null): [string, number][] | ApiResult {
  if (text === null || text.trim() === '') return [];
  let spec: unknown;
  try {
    spec = JSON.parse(text);
  } catch {
    return invalidParameter('s', `Invalid JSON in s: ${text}`);
  }
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) return invalidParameter('s', 's must be a JSON object');
  const entries = Object.entries(spec as Record<string, unknown>);
  if (entries.some(([, dir]) => dir !== 1 && dir !== -1)) return invalidParameter('s', 'sort directions must be 1 or -1');
  return entries as [string, number][];
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return -1; // Mongo sorts missing values first when ascending
  if (b === undefined || b === null) return 1;
  return String(a) < String(b) ? -1 : 1;
}

export function countriesRoute(countries: readonly Country[], rest: string[], url: URL): ApiResult {
  if (rest.length === 1) {
    const country = countries.find((c) => c.code === rest[0]);
    return country ? { status: 200, body: country } : notFound('Country not found');
  }
  if (rest.length > 1) return notFound();
  const spec = sortSpec(url.searchParams.get('s'));
  if (!Array.isArray(spec)) return spec;
  const list = [...countries];
  if (spec.length > 0) {
    list.sort((x, y) => {
      for (const [path, dir] of spec) {
        const c = compare(pathValue(x, path), pathValue(y, path));
        if (c !== 0) return c * dir;
      }
      return 0;
    });
  }
  return { status: 200, body: list };
}
