/**
 * Attaching and detaching an element many times leaves nothing behind: no event listener on
 * window or document, no MutationObserver still observing, no pending timer. Counted by wrapping
 * the browser APIs for the duration of the test, so any element can be checked the same way.
 */
import { expect } from '@open-wc/testing';
import '../../src/absch-widgets.js';
import { apiBase, freshState } from './../helpers.js';

interface Tally {
  listeners: number;
  observers: number;
  timers: number;
  restore(): void;
}

function tally(): Tally {
  const t: Tally = { listeners: 0, observers: 0, timers: 0, restore: () => undefined };
  const targets = [window, document] as const;
  const originals = targets.map((target) => ({ target, add: target.addEventListener, remove: target.removeEventListener }));
  for (const { target, add, remove } of originals) {
    target.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      t.listeners++;
      return add.call(this, type, listener, options);
    } as typeof add;
    target.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) {
      t.listeners--;
      return remove.call(this, type, listener, options);
    } as typeof remove;
  }
  const Observer = window.MutationObserver;
  const observe = Observer.prototype.observe;
  const disconnect = Observer.prototype.disconnect;
  const observing = new WeakSet<MutationObserver>();
  Observer.prototype.observe = function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
    if (!observing.has(this)) t.observers++;
    observing.add(this);
    return observe.apply(this, args);
  };
  Observer.prototype.disconnect = function (this: MutationObserver) {
    if (observing.delete(this)) t.observers--;
    return disconnect.apply(this);
  };
  const setTimer = window.setTimeout;
  const clearTimer = window.clearTimeout;
  const pending = new Set<number>();
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id: number = setTimer(
      (...args: unknown[]) => {
        pending.delete(id);
        t.timers = pending.size;
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
      },
      ms,
      ...rest,
    );
    pending.add(id);
    t.timers = pending.size;
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    t.timers = pending.size;
    clearTimer(id);
  }) as typeof window.clearTimeout;
  t.restore = () => {
    for (const { target, add, remove } of originals) {
      target.addEventListener = add;
      target.removeEventListener = remove;
    }
    Observer.prototype.observe = observe;
    Observer.prototype.disconnect = disconnect;
    window.setTimeout = setTimer;
    window.clearTimeout = clearTimer;
  };
  return t;
}

declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

/** The heap after a full collection (the test browser runs with --expose-gc). */
async function heapAfterGc(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    window.gc!();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.memory!.usedJSHeapSize;
}

const CYCLES = 200;
const WARM_UP = 20;

const ELEMENTS: Record<string, Record<string, string>> = {
  'absch-certificate-list': { country: 'ke', filters: '', export: '' },
  'absch-country-profile': { country: 'ke' },
  'absch-parties-list': { search: '' },
  'absch-record': { uid: 'ABSCH-IRCC-IN-207343-1' },
  'absch-search': { query: 'kenya', 'sync-url': '' },
  'absch-stats': { view: 'ircc-by-country', limit: '5' },
};

describe('no leaks after 200 attach/detach cycles', () => {
  beforeEach(freshState);

  for (const [tag, attributes] of Object.entries(ELEMENTS)) {
    it(`<${tag}> leaves no listener, observer, timer or heap behind`, async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const base = apiBase();
      const make = () => {
        const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
        element.setAttribute('api-base', base);
        return element;
      };
      /** Attaches an element, waits for its load, detaches it: `count` times. */
      const cycles = async (count: number) => {
        for (let i = 0; i < count; i++) {
          const element = make();
          // Not waitUntil: its own timers would be counted.
          const loaded = new Promise((resolve) => element.addEventListener('absch-load', resolve, { once: true }));
          host.append(element);
          await loaded;
          await element.updateComplete;
          element.remove();
        }
      };
      // Warm-up cycles first, so that what stays for the page's lifetime (cached answers, the loaded
      // language, templates, code the engine optimises after a few runs) is not counted as a leak:
      // measured after one cycle only, it made the figure swing with the machine's load.
      await cycles(WARM_UP);
      const before = await heapAfterGc();

      const t = tally();
      try {
        await cycles(CYCLES);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect({ listeners: t.listeners, observers: t.observers, timers: t.timers }).to.deep.equal({ listeners: 0, observers: 0, timers: 0 });
      } finally {
        t.restore();
        host.remove();
      }
      // A detached element kept alive holds its whole shadow tree: tens of kilobytes (a profile
      // that forgot to unsubscribe grew the heap by 38 kB a cycle). Caches that fill once (Intl
      // formatters, templates) grow it by a few kilobytes a cycle at most, and less the longer it runs.
      const grownPerCycle = ((await heapAfterGc()) - before) / CYCLES;
      expect(grownPerCycle, `heap grew by ${Math.round(grownPerCycle)} bytes a cycle`).to.be.below(10_000);
    });
  }
});
