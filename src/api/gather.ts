/**
 * Elements that start loading in the same task of the page (twelve profiles in one article) are
 * gathered, so that they can ask one question for all of them. `gathered(key, item)` resolves, a
 * task later, with every item gathered under `key`, sorted: each caller then builds the same request
 * from the same items, and shared-request.ts makes it once. A load that asks alone (`askAlone`) is
 * not gathered.
 */
import { realmOf, type ApiConfig } from './client.js';
import { asksAlone } from './shared-request.js';

/** Requests gathered together must be the same but for their countries: this part of the key says so. */
export const sameRequests = (config: ApiConfig): string => [config.apiBase, config.appId, realmOf(config), config.transport, config.cache].join(' ');

interface Gathering {
  items: Set<string>;
  ready: Promise<string[]>;
}

const open = new Map<string, Gathering>();

/**
 * How long a gathering stays open: until the next task (`task`), or for a run of microtasks
 * (`microtasks`) long enough for the elements upgraded in one task, whose loads start in later
 * microtasks of that task, to join; nothing waits for a timer then.
 */
export type GatherWindow = 'task' | 'microtasks';
const GATHER_MICROTASKS = 50;

function closeAfter(window: GatherWindow, close: () => void): void {
  if (window === 'task') {
    setTimeout(close);
    return;
  }
  let left = GATHER_MICROTASKS;
  const tick = (): void => {
    if (--left > 0) void Promise.resolve().then(tick);
    else close();
  };
  tick();
}

export function gathered(key: string, item: string, signal?: AbortSignal, window: GatherWindow = 'task'): Promise<string[]> {
  if (asksAlone(signal)) return Promise.resolve([item]);
  let gathering = open.get(key);
  if (!gathering) {
    const items = new Set<string>();
    // By default a timer, not a microtask: elements upgraded in one task start their loads in later microtasks.
    const ready = new Promise<string[]>((resolve) =>
      closeAfter(window, () => {
        open.delete(key);
        resolve([...items].sort());
      }),
    );
    open.set(key, (gathering = { items, ready }));
  }
  gathering.items.add(item);
  return gathering.ready;
}
