/**
 * The service's memory of renders: bounded in entries and in bytes, the least recently used out
 * first, so that a flood of distinct URLs costs memory up to the bound and no further. Each entry
 * keeps when it was rendered; whether it is fresh, stale-but-usable or too old is the caller's
 * policy (render-policy.ts).
 */
import type { Rendered } from '../render-element.js';

export interface CachedRender {
  rendered: Rendered;
  /** ms since the epoch */
  storedAt: number;
  bytes: number;
}

export class RenderCache {
  readonly #entries = new Map<string, CachedRender>();
  #bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.#entries.size;
  }

  /** The entry, now the most recently used. */
  get(key: string): CachedRender | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, rendered: Rendered, storedAt: number): void {
    this.delete(key);
    // Key and HTML as UTF-16 in memory: roughly twice their length.
    const bytes = 2 * (key.length + rendered.html.length + (rendered.message?.length ?? 0));
    if (this.maxEntries === 0 || bytes > this.maxBytes) return;
    this.#entries.set(key, { rendered, storedAt, bytes });
    this.#bytes += bytes;
    // A Map iterates in insertion order, and get() re-inserts: the first key is the least recently used.
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.maxEntries && this.#bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }
}
