/**
 * In-flight de-duplication and a short-lived cache, keyed by the request (the full URL of a GET;
 * method, URL and body of a POST: client.ts), so that elements on one page that need the same data
 * cause one request (Lion's PendingRequestStore and cacheManager, Web Awesome's include/request.ts).
 *
 * Each caller passes its own AbortSignal. The shared request is aborted only when every caller
 * waiting for it has aborted: one element re-rendering must not cancel its neighbour's data.
 */
interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
  expires: number;
}

const entries = new Map<string, Entry>();

/** Five minutes: long enough for a page view, short enough to see a new record on the next visit. */
export const CACHE_TTL_MS = 5 * 60 * 1000;

export function sharedRequest<T>(key: string, load: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
  signal?.throwIfAborted();
  const now = Date.now();
  let entry = entries.get(key);
  if (!entry || (entry.settled && entry.expires <= now)) {
    const controller = new AbortController();
    const created: Entry = { controller, waiting: 0, settled: false, expires: 0, promise: Promise.resolve() };
    created.promise = load(controller.signal).then(
      (value) => {
        created.settled = true;
        created.expires = Date.now() + CACHE_TTL_MS;
        return value;
      },
      (error: unknown) => {
        // Failures are not cached: a retry must ask the API again.
        if (entries.get(key) === created) entries.delete(key);
        throw error;
      },
    );
    // The shared promise may reject with nobody left waiting (all callers aborted): that is not an
    // unhandled rejection of the host page's.
    created.promise.catch(() => undefined);
    entries.set(key, created);
    entry = created;
  }
  return (entry.settled || !signal ? entry.promise : follow(key, entry, signal)) as Promise<T>;
}

function follow(key: string, entry: Entry, signal: AbortSignal): Promise<unknown> {
  entry.waiting++;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      entry.waiting--;
      if (entry.waiting === 0 && !entry.settled) {
        // Nobody wants it any more: stop it, and let the next caller start afresh.
        entries.delete(key);
        entry.controller.abort(signal.reason);
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        entry.waiting--;
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        entry.waiting--;
        reject(error);
      },
    );
  });
}

/** Forgets every cached answer (tests, and hosts that want fresh data without a reload). */
export function clearCache(): void {
  entries.clear();
}
