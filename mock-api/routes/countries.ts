import type { Country } from '../types.js';
import { invalidParameter, notFound, type ApiResult } from '../http.js';
import type { World } from '../switches.js';

/**
 * `GET /api/v2013/countries` (with the Mongo-style JSON sort `s={"name.en":1}` and projection
 * `f={"code":1,"treaties.XXVII8b":1}`, as api.cbd.int's Mongo-backed endpoints take them: scbd/absch.cbd.int
 * app/views/report-analyzer/directives/national-reports/analyzer.js L549; whether `countries` honours
 * `f` no public source says: the world `projection=ignore` answers whole countries; the other Mongo
 * parameters `q fo sk l c` are accepted and ignored) and `/countries/{CODE}`: CODE is upper-case
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

/** A Mongo-style JSON object parameter (`s`, `f`) as its entries; none when absent; a 400 when not a JSON object. */
function objectEntries(name: string, text: string | null): [string, unknown][] | undefined | ApiResult {
  if (text === null || text.trim() === '') return undefined;
  let spec: unknown;
  try {
    spec = JSON.parse(text);
  } catch {
    return invalidParameter(name, `Invalid JSON in ${name}: ${text}`);
  }
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) return invalidParameter(name, `${name} must be a JSON object`);
  return Object.entries(spec as Record<string, unknown>);
}

function sortSpec(text: string | null): [string, number][] | ApiResult {
  const entries = objectEntries('s', text) ?? [];
  if (!Array.isArray(entries)) return entries;
  if (entries.some(([, dir]) => dir !== 1 && dir !== -1)) return invalidParameter('s', 'sort directions must be 1 or -1');
  return entries as [string, number][];
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return -1; // Mongo sorts missing values first when ascending
  if (b === undefined || b === null) return 1;
  return String(a) < String(b) ? -1 : 1;
}

/** Mongo's inclusion projection (`{"a":1,"b.c":1}`): only the paths named, with their parents. */
function projectionSpec(text: string | null): string[] | undefined | ApiResult {
  const entries = objectEntries('f', text);
  if (!Array.isArray(entries)) return entries;
  if (entries.some(([, keep]) => keep !== 1 && keep !== true)) return invalidParameter('f', 'only inclusion projections (1) are supported');
  return entries.map(([path]) => path);
}

function project(country: Country, paths: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of paths) {
    const value = pathValue(country, path);
    if (value === undefined) continue;
    const parts = path.split('.');
    let into = out;
    for (const part of parts.slice(0, -1)) into = (into[part] ??= {}) as Record<string, unknown>;
    into[parts.at(-1)!] = value;
  }
  return out;
}

export function countriesRoute(countries: readonly Country[], rest: string[], url: URL, world: World): ApiResult {
  if (rest.length === 1) {
    const country = countries.find((c) => c.code === rest[0]);
    return country ? { status: 200, body: country } : notFound('Country not found');
  }
  if (rest.length > 1) return notFound();
  const spec = sortSpec(url.searchParams.get('s'));
  if (!Array.isArray(spec)) return spec;
  const paths = projectionSpec(url.searchParams.get('f'));
  if (paths !== undefined && !Array.isArray(paths)) return paths;
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
  return { status: 200, body: paths && world.projection === 'honour' ? list.map((country) => project(country, paths)) : list };
}
