/**
 * In-flight de-duplication and a short-lived cache, keyed by the request (the full URL of a GET;
 * method, URL and body of a POST: client.ts), so that elements on one page that need the same data
 * cause one request (Lion's PendingRequestStore and cacheManager, Web Awesome's include/request.ts).
 *
 * Each caller passes its own AbortSignal. The shared request is aborted only when every caller
 * waiting for it has aborted: one element re-rendering must not cancel its neighbour's data.
 *
 * A request that may be kept across page loads (`persist`) is also looked up in the answer store
 * (answer-store.ts), beside the request: stale while revalidate (an answer stored on an earlier
 * visit is given at once; the API's answer replaces it when it arrives, and `answerChanges` says so
 * when it differs) and stale if error (when the API fails, the stored answer is given, and
 * `staleSince` says from when it is).
 */
import { clearAnswers, readAnswer, writeAnswer, type StoredAnswer } from './answer-store.js';

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
  expires: number;
  /** set when the answer given is a stored one that the API could not renew */
  staleSince?: Date;
}

export interface RequestOptions {
  /** keep the answer across page loads, and give a stored one first */
  persist?: boolean;
  /** what of an answer says whether it changed (default: all of it, as JSON) */
  fingerprint?: (value: unknown) => string;
}

/** `answerChanges`' event detail: the request, and whether its answer was renewed or turned out stale. */
export interface AnswerChange {
  key: string;
  /** `renewed`: the API's answer differs from the stored one given; `stale`: the API failed after a stored answer was given */
  change: 'renewed' | 'stale';
}

/** Fires `change` (detail: `AnswerChange`) so that a view drawn from a stored answer is drawn again. */
export const answerChanges = new EventTarget();

/** The request keys each load asked for, by the signal it passed (see `requestsOf`). */
const asked = new WeakMap<AbortSignal, Set<string>>();

/** From now on, collects the keys of every request made with `signal`: an element's load learns what its view was drawn from. */
export function requestsOf(signal: AbortSignal): Set<string> {
  let keys = asked.get(signal);
  if (!keys) asked.set(signal, (keys = new Set()));
  return keys;
}

/** When the oldest stale answer among `keys` was given by the API; undefined when every one is current. */
export function staleSince(keys: Iterable<string>): Date | undefined {
  let oldest: Date | undefined;
  for (const key of keys) {
    const since = entries.get(key)?.staleSince;
    if (since && (!oldest || since < oldest)) oldest = since;
  }
  return oldest;
}

/** How soon an API that failed is asked again when a stored answer stood in for it. */
const STALE_RETRY_MS = 30 * 1000;

const entries = new Map<string, Entry>();
/**
 * At most this many answers are held: a page never comes near it, a render server (src/server)
 * that renders for many pages would grow without it. The oldest answers go first.
 */
const MAX_ENTRIES = 1000;

function remember(key: string, entry: Entry): void {
  entries.set(key, entry);
  // The oldest goes; were it still in flight, its callers keep their answer, later ones ask again.
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
}

/** Five minutes: long enough for a page view, short enough to see a new record on the next visit. */
export const CACHE_TTL_MS = 5 * 60 * 1000;

export function sharedRequest<T>(key: string, load: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal, options: RequestOptions = {}): Promise<T> {
  signal?.throwIfAborted();
  if (signal) asked.get(signal)?.add(key);
  const now = Date.now();
  let entry = entries.get(key);
  if (!entry || (entry.settled && entry.expires <= now)) {
    const controller = new AbortController();
    const created: Entry = { controller, waiting: 0, settled: false, expires: 0, promise: Promise.resolve() };
    const answer = load(controller.signal);
    created.promise = (options.persist ? storedFirst(key, created, answer, options.fingerprint ?? ((value) => JSON.stringify(value))) : answer).then(
      (value) => {
        created.settled = true;
        created.expires = Math.max(created.expires, Date.now() + (created.staleSince ? STALE_RETRY_MS : CACHE_TTL_MS));
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
    remember(key, created);
    entry = created;
  }
  return (entry.settled || !signal ? entry.promise : follow(key, entry, signal)) as Promise<T>;
}

/**
 * The stored answer to `key` if there is one, else the API's `answer`; and whichever came first,
 * the API's answer is stored when it arrives. When the API fails, the stored answer is given (stale).
 */
function storedFirst<T>(key: string, entry: Entry, answer: Promise<T>, fingerprint: (value: unknown) => string): Promise<T> {
  const stored = readAnswer(key);
  const renewed = answer.then((value) => {
    void writeAnswer(key, JSON.stringify(value), new Date());
    return value;
  });
  const current = () => entries.get(key) === entry;
  return new Promise<T>((resolve, reject) => {
    let given: StoredAnswer | undefined;
    let done = false;
    const give = (value: unknown) => {
      done = true;
      resolve(value as T);
    };
    void stored.then((found) => {
      if (!found || done) return;
      given = found;
      give(found.value);
    });
    renewed.then(
      (value) => {
        if (!done) return give(value);
        if (!given || fingerprint(value) === fingerprint(given.value) || !current()) return;
        // The API's answer differs: later callers get it, and views drawn from the stored one are drawn again.
        entry.promise = Promise.resolve(value);
        changed({ key, change: 'renewed' });
      },
      async (error: unknown) => {
        if (!done) {
          // Stale if error: the answer of an earlier visit, said to be stale, rather than an error.
          const found = await stored;
          if (!found) return reject(error);
          entry.staleSince = found.savedAt;
          return give(found.value);
        }
        if (!given || !current()) return;
        entry.staleSince = given.savedAt;
        entry.expires = Date.now() + STALE_RETRY_MS;
        changed({ key, change: 'stale' });
      },
    );
  });
}

function changed(detail: AnswerChange): void {
  answerChanges.dispatchEvent(new CustomEvent('change', { detail }));
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

/**
 * Loads that ask alone, never gathered with other elements' (gather.ts): a server render, and the
 * hydration of what it drew. The server's answers are keyed by the requests of one element, so the
 * browser must ask the same requests to find them.
 */
const alone = new WeakSet<AbortSignal>();

export function askAlone(signal: AbortSignal): AbortSignal {
  alone.add(signal);
  return signal;
}

export function asksAlone(signal: AbortSignal | undefined): boolean {
  return signal !== undefined && alone.has(signal);
}

/** The answers given to `keys` (what a server render embeds beside its HTML); failed ones are left out. */
export async function answersTo(keys: Iterable<string>): Promise<Record<string, unknown>> {
  const answers: Record<string, unknown> = {};
  for (const key of keys) {
    const entry = entries.get(key);
    if (entry) answers[key] = await entry.promise.catch(() => undefined);
  }
  return answers;
}

/**
 * Answers that came with the page (a server-rendered element's): requests for them are not made
 * while they are fresh. An answer already held is kept.
 */
export function primeAnswers(answers: Record<string, unknown>): void {
  const expires = Date.now() + CACHE_TTL_MS;
  for (const [key, value] of Object.entries(answers)) {
    if (!entries.has(key)) remember(key, { promise: Promise.resolve(value), controller: new AbortController(), waiting: 0, settled: true, expires });
  }
}

/**
 * Forgets every answer held in memory and, unless `keepStored`, every answer stored across page
 * loads (tests, and hosts that want fresh data without a reload). `keepStored` is a new page load
 * as far as this library can tell.
 */
export function clearCache({ keepStored = false } = {}): Promise<void> {
  entries.clear();
  return keepStored ? Promise.resolve() : clearAnswers();
}
