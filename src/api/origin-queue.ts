/**
 * Requests to one API origin take turns: at most `MAX_REQUESTS_PER_ORIGIN` at once, the others wait
 * in order; and when the API says it is receiving too many requests (429 with `Retry-After`), no new
 * request to that origin starts before the time it names. A regional page of dozens of elements
 * then asks the API as one polite client would, not in a burst (Wikidata's Scholia shows what a
 * burst of embeds does to an API: throttling for everyone).
 */

/** Chromium allows six connections per HTTP/1.1 host; four leave room for the page's own requests. */
export const MAX_REQUESTS_PER_ORIGIN = 4;
/** A Retry-After longer than this pauses the origin for this long only: the element's own retry decides the rest. */
const MAX_PAUSE_MS = 60_000;

interface OriginState {
  running: number;
  /** resolvers of the requests waiting for a turn, in order */
  waiting: (() => void)[];
  /** no new request before this time (ms since the epoch) */
  resumeAt: number;
}

const origins = new Map<string, OriginState>();

function stateOf(url: string): OriginState {
  const origin = new URL(url).origin;
  let state = origins.get(origin);
  if (!state) origins.set(origin, (state = { running: 0, waiting: [], resumeAt: 0 }));
  return state;
}

/** Runs `send` when it is this request's turn at its origin. */
export async function inTurn<T>(url: string, signal: AbortSignal, send: () => Promise<T>): Promise<T> {
  const state = stateOf(url);
  await turn(state, signal);
  try {
    return await send();
  } finally {
    state.running--;
    state.waiting.shift()?.();
  }
}

async function turn(state: OriginState, signal: AbortSignal): Promise<void> {
  for (;;) {
    signal.throwIfAborted();
    const pause = state.resumeAt - Date.now();
    if (pause > 0) await wait(pause, signal);
    else if (state.running < MAX_REQUESTS_PER_ORIGIN) {
      state.running++;
      return;
    } else await nextTurn(state, signal);
  }
}

function nextTurn(state: OriginState, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const wake = () => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    };
    const onAbort = () => {
      const index = state.waiting.indexOf(wake);
      if (index >= 0) state.waiting.splice(index, 1);
      reject(signal.reason);
    };
    state.waiting.push(wake);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
export function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** A `Retry-After` header (seconds or an HTTP date) in milliseconds; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return ms >= 0 ? ms : undefined;
}

/** A 429 from `url` that asked to wait `ms` (its `Retry-After`): no new request to its origin before then. */
export function pauseOrigin(url: string, ms: number | undefined): void {
  if (!ms) return;
  const state = stateOf(url);
  state.resumeAt = Math.max(state.resumeAt, Date.now() + Math.min(ms, MAX_PAUSE_MS));
}
