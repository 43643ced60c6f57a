/**
 * Seeded randomness for the snapshot. Every draw comes from a named stream (`new Rng('irccs')`) so that
 * changing one part of the generator does not reshuffle every other part, and the same code always
 * gives the same data: never Math.random.
 */

/** FNV-1a: turns a stream name into a 32-bit seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: tiny, fast and well spread; plenty for test data. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;

  constructor(stream: string) {
    this.next = mulberry32(hashString(stream));
  }

  float(): number {
    return this.next();
  }

  /** integer in [min, max], both included */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** a shuffled copy (Fisher–Yates) */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** `count` distinct items */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }

  /** one value, chosen with the given relative weights */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [value, w] of entries) {
      x -= w;
      if (x < 0) return value;
    }
    return (entries[entries.length - 1] as readonly [T, number])[0];
  }

  hex(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += Math.floor(this.next() * 16).toString(16);
    return out.toUpperCase();
  }

  /** an upper-case GUID with dashes, the form ABSCH identifiers take */
  guid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

/** A GUID that depends only on its label: for mock thesaurus terms that must keep their id across runs. */
export function stableGuid(label: string): string {
  return new Rng(`guid:${label}`).guid();
}

/**
 * Each value repeated `count` times, shuffled. Dealing a bag out gives exact totals (576 plants, 40 %
 * confidential…) where independent draws would only come close.
 */
export function bag<T>(rng: Rng, counts: readonly (readonly [T, number])[]): T[] {
  const out: T[] = [];
  for (const [value, count] of counts) for (let i = 0; i < count; i++) out.push(value);
  return rng.shuffle(out);
}
