import { attributeWords } from '../../base/attribute-values.js';
/**
 * The state of `<absch-search sync-url>` in the page URL: one key in the hash,
 * `#absch-search=<url-encoded query string>` (`q=rooibos&schema=absPermit+measure&page=2`). The hash
 * rather than the query string, so that it never reaches the host's server or clashes with its
 * routes; one key, so that the rest of the hash (`#section`, `#/route`, `a=1&b=2`) is kept as it is.
 * Pure functions: the element reads and writes `location` and `history` itself.
 */

export const HASH_KEY = 'absch-search';

export interface UrlState {
  q: string;
  schemas: string[];
  countries: string[];
  keywords: string[];
  kind: string;
  page: number;
  sort: string;
}

/** Longest value we read back from a URL: anything longer was not written by us. */
const MAX_VALUE_LENGTH = 4000;
const MAX_PAGE = 10_000;


/** The state as a query string, leaving out what is empty or the default (page 1, no sort). */
export function encodeState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.schemas.length) params.set('schema', state.schemas.join(' '));
  if (state.countries.length) params.set('country', state.countries.join(' '));
  if (state.keywords.length) params.set('keyword', state.keywords.join(' '));
  if (state.kind) params.set('type', state.kind);
  if (state.sort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params.toString();
}

/** Reads what `encodeState` wrote, tolerantly: values are checked again by the element. */
export function decodeState(query: string): UrlState {
  const params = new URLSearchParams(query.slice(0, MAX_VALUE_LENGTH));
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    schemas: attributeWords(params.get('schema')),
    countries: attributeWords(params.get('country')),
    keywords: attributeWords(params.get('keyword')),
    kind: params.get('type') ?? '',
    sort: params.get('sort') ?? '',
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

function parts(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' ? [] : body.split('&');
}

/** The decoded value of `key` in a hash such as `#/route&absch-search=q%3Dx`; null when absent or unreadable. */
export function readHashParam(hash: string, key: string = HASH_KEY): string | null {
  const prefix = `${key}=`;
  const part = parts(hash).find((p) => p.startsWith(prefix));
  if (part === undefined) return null;
  try {
    return decodeURIComponent(part.slice(prefix.length).replace(/\+/g, ' '));
  } catch {
    // a hand-edited URL with a broken %-sequence: as if our key were absent
    return null;
  }
}

/**
 * The hash with `key` set to `value` (or removed when `value` is null or empty), every other part
 * kept in place. Returns `''` for an empty hash, else a string starting with `#`.
 */
export function writeHashParam(hash: string, value: string | null, key: string = HASH_KEY): string {
  const prefix = `${key}=`;
  const others = parts(hash);
  const index = others.findIndex((p) => p.startsWith(prefix));
  const mine = value ? `${prefix}${encodeURIComponent(value)}` : null;
  if (index >= 0) {
    if (mine) others[index] = mine;
    else others.splice(index, 1);
  } else if (mine) {
    others.push(mine);
  }
  return others.length ? `#${others.join('&')}` : '';
}
