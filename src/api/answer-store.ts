/**
 * API answers kept across page loads, so that a repeat visit draws at once and a page still shows
 * what the API answered last when it is down (the store behind shared-request.ts's stale while
 * revalidate and stale if error; Bioland's own head caches ABS lists the same way).
 *
 * It is the browser's Cache API: built in (no library bytes), bounded by the origin's quota, and
 * kept apart from the HTTP cache, which the API's headers decide. Every key carries the library's
 * version, so a new version never reads an answer an older one stored; the request key itself
 * carries the API base and the realm (the URL and its filters). The store keeps at most
 * `STORE_LIMIT_BYTES`, dropping the least recently used answers first.
 *
 * Where there is no Cache API (an insecure page, a worker-less server render), or it throws
 * (private browsing, a quota exceeded, storage blocked by the user), every call resolves as if the
 * store were empty: the elements work from memory, and nothing is said.
 */
import { VERSION } from '../base/version.js';

export interface StoredAnswer {
  value: unknown;
  /** when the API gave this answer */
  savedAt: Date;
}

/** At most this much JSON is kept, per origin of the host page. */
export const STORE_LIMIT_BYTES = 5 * 1024 * 1024;

const CACHE_NAME = 'absch-widgets';
/** Cache API keys must be http(s) URLs: every key lives under this one, which is never fetched. */
const KEY_ORIGIN = 'https://absch-widgets.invalid';
const INDEX_KEY = `${KEY_ORIGIN}/${VERSION}/index`;
const SAVED_AT = 'x-absch-saved-at';

/** Size and last use of every stored answer, for the bound: `{ [url]: [bytes, lastUsed] }`. */
export type StoreIndex = Record<string, [number, number]>;

let opened: Promise<Cache | undefined> | undefined;

function open(): Promise<Cache | undefined> {
  opened ??= (async () => {
    try {
      return 'caches' in globalThis ? await caches.open(CACHE_NAME) : undefined;
    } catch {
      return undefined;
    }
  })();
  return opened;
}

const urlOf = (key: string) => `${KEY_ORIGIN}/${VERSION}/${encodeURIComponent(key)}`;

export async function readAnswer(key: string): Promise<StoredAnswer | undefined> {
  try {
    const cache = await open();
    const response = await cache?.match(urlOf(key));
    if (!response) return undefined;
    const savedAt = new Date(Number(response.headers.get(SAVED_AT)));
    const value = (await response.json()) as unknown;
    void touch(cache!, urlOf(key));
    return { value, savedAt };
  } catch {
    return undefined;
  }
}

/** Keeps `value` (the JSON `text` the API sent) as the answer to `key`, then keeps the store in its bound. */
export async function writeAnswer(key: string, text: string, savedAt: Date): Promise<void> {
  try {
    const cache = await open();
    if (!cache) return;
    const url = urlOf(key);
    await cache.put(url, new Response(text, { headers: { 'content-type': 'application/json', [SAVED_AT]: String(savedAt.getTime()) } }));
    await updateIndex(cache, (index) => {
      index[url] = [text.length, Date.now()];
      return evictions(index, STORE_LIMIT_BYTES);
    });
  } catch {
    // A full quota or a blocked store: this answer stays in memory only.
  }
}

/** Forgets every stored answer (tests, and hosts that want fresh data). */
export async function clearAnswers(): Promise<void> {
  try {
    if ('caches' in globalThis) await caches.delete(CACHE_NAME);
  } catch {
    // Nothing stored, or nothing that can be.
  } finally {
    opened = undefined;
    indexQueue = Promise.resolve();
  }
}

/** Marks `url` as just used (its place in the least-recently-used order). */
function touch(cache: Cache, url: string): Promise<void> {
  return updateIndex(cache, (index) => {
    if (index[url]) index[url] = [index[url][0], Date.now()];
    return [];
  });
}

/** The least recently used answers to drop (and drops them from `index`) so that what remains is at most `limit` bytes. */
export function evictions(index: StoreIndex, limit: number): string[] {
  let total = Object.values(index).reduce((sum, [bytes]) => sum + bytes, 0);
  const dropped: string[] = [];
  for (const [url, [bytes]] of Object.entries(index).sort(([, a], [, b]) => a[1] - b[1])) {
    if (total <= limit) break;
    total -= bytes;
    delete index[url];
    dropped.push(url);
  }
  return dropped;
}

/** Index updates run one after another: two answers written at once must not lose each other's entry. */
let indexQueue: Promise<void> = Promise.resolve();

function updateIndex(cache: Cache, change: (index: StoreIndex) => string[]): Promise<void> {
  indexQueue = indexQueue.then(async () => {
    try {
      const stored = await cache.match(INDEX_KEY);
      const index = ((stored ? await stored.json() : {}) as StoreIndex) ?? {};
      const dropped = change(index);
      await Promise.all(dropped.map((url) => cache.delete(url)));
      await cache.put(INDEX_KEY, new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } }));
    } catch {
      // The index is an aid to the bound; losing one update only delays an eviction.
    }
  });
  return indexQueue;
}
