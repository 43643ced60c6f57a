/**
 * When the service renders and when it answers from memory, as its Cache-Control promises to every
 * cache after it: fresh for max-age; then, for stale-while-revalidate, the stale render at once
 * while a new one is made in the background; when a new render fails (the API is down), the last
 * good one for stale-if-error. Identical requests that arrive together share one render. A render
 * that fails is never kept: the next request tries the API again.
 */
import { renderElementWithOutcome, type Rendered } from '../render-element.js';
import type { ServiceConfig } from './config.js';
import { renderKey, type ElementRequest } from './element-request.js';
import { RenderCache } from './render-cache.js';
import { RenderSlots } from './render-slots.js';

export interface Served {
  rendered: Rendered;
  /** seconds since it was rendered */
  age: number;
  /** hit: fresh from memory; stale: from memory, past max-age; miss: rendered for this request */
  cache: 'hit' | 'stale' | 'miss';
}

export class RenderTimeoutError extends Error {
  constructor(ms: number) {
    super(`no render within ${ms} ms`);
  }
}

/** A renderer that does not stop when its signal aborts still gets an answer this long after. */
const ABORT_GRACE_MS = 1000;

export class RenderPolicy {
  readonly #cache: RenderCache;
  readonly #slots: RenderSlots;
  readonly #inFlight = new Map<string, Promise<Rendered>>();

  constructor(
    private readonly config: ServiceConfig,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.#cache = new RenderCache(config.cacheEntries, config.cacheBytes);
    this.#slots = new RenderSlots(config.maxConcurrentRenders, config.maxWaitingRenders);
  }

  async serve(request: ElementRequest): Promise<Served> {
    const key = renderKey(request);
    const cached = this.#cache.get(key);
    const age = cached ? Math.max(0, Math.floor((this.now() - cached.storedAt) / 1000)) : Infinity;
    const { maxAgeSeconds, staleWhileRevalidateSeconds, staleIfErrorSeconds } = this.config;
    if (cached && age < maxAgeSeconds) return { rendered: cached.rendered, age, cache: 'hit' };
    if (cached && age < maxAgeSeconds + staleWhileRevalidateSeconds) {
      // Its failure changes nothing: the stale render stays until a render succeeds or it is too old.
      this.#renderOnce(key, request).catch(() => undefined);
      return { rendered: cached.rendered, age, cache: 'stale' };
    }
    const rendered = await this.#renderOnce(key, request);
    if (rendered.outcome === 'failed' && cached && age < maxAgeSeconds + staleIfErrorSeconds) return { rendered: cached.rendered, age, cache: 'stale' };
    return { rendered, age: 0, cache: 'miss' };
  }

  #renderOnce(key: string, request: ElementRequest): Promise<Rendered> {
    let render = this.#inFlight.get(key);
    if (!render) {
      render = this.#render(request).then((rendered) => {
        if (rendered.outcome !== 'failed') this.#cache.set(key, rendered, this.now());
        return rendered;
      });
      const forget = () => this.#inFlight.delete(key);
      render.then(forget, forget);
      this.#inFlight.set(key, render);
    }
    return render;
  }

  /** One render in a slot, its wait for the slot counted in its timeout. */
  #render(request: ElementRequest): Promise<Rendered> {
    const ms = this.config.renderTimeoutMs;
    const signal = AbortSignal.timeout(ms);
    const render = this.#slots.run(signal, () =>
      renderElementWithOutcome(request.tag, request.attributes, {
        apiBase: request.apiBase,
        lang: request.lang,
        ...(request.portalBase ? { portalBase: request.portalBase } : {}),
        ...(request.appId ? { appId: request.appId } : {}),
        ...(request.realm ? { realm: request.realm } : {}),
        signal,
        timeout: ms,
      }),
    );
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RenderTimeoutError(ms)), ms + ABORT_GRACE_MS);
    });
    return Promise.race([render, deadline]).finally(() => clearTimeout(timer));
  }
}
