/**
 * Elements that start loading in the same task of the page (twelve profiles in one article) are
 * gathered, so that they can ask one question for all of them. `gathered(key, item)` resolves, a
 * task later, with every item gathered under `key`, sorted: each caller then builds the same request
 * from the same items, and shared-request.ts makes it once.
 */
interface Gathering {
  items: Set<string>;
  ready: Promise<string[]>;
}

const open = new Map<string, Gathering>();

export function gathered(key: string, item: string): Promise<string[]> {
  let gathering = open.get(key);
  if (!gathering) {
    const items = new Set<string>();
    // A timer, not a microtask: elements upgraded in one task start their loads in later microtasks.
    const ready = new Promise<string[]>((resolve) =>
      setTimeout(() => {
        open.delete(key);
        resolve([...items].sort());
      }),
    );
    open.set(key, (gathering = { items, ready }));
  }
  gathering.items.add(item);
  return gathering.ready;
}
