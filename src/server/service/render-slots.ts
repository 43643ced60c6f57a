/**
 * At most N renders at once, the others waiting in order, and at most M waiting: past that the
 * service says 503 at once rather than holding sockets open for renders it cannot start in time.
 * A render's API requests are bounded again per origin by the client (src/api/origin-queue.ts);
 * this bound is on renders, which cost memory and CPU of their own. Not origin-queue's turns: a
 * render holding one of those would wait for its own requests' turns behind it.
 */

export class QueueFullError extends Error {
  constructor() {
    super('too many renders waiting');
  }
}

export class RenderSlots {
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(
    private readonly maxRunning: number,
    private readonly maxWaiting: number,
  ) {}

  /** Runs `work` in a slot. Rejects with QueueFullError when the queue is full, or with the signal's reason if it aborts while waiting. */
  async run<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
    await this.#take(signal);
    try {
      return await work();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running--;
    }
  }

  async #take(signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    if (this.#running < this.maxRunning) {
      this.#running++;
      return;
    }
    if (this.#waiting.length >= this.maxWaiting) throw new QueueFullError();
    await new Promise<void>((resolve, reject) => {
      const wake = () => {
        signal.removeEventListener('abort', onAbort);
        // The slot passes from the render that ends to this one: the count does not change.
        resolve();
      };
      const onAbort = () => {
        this.#waiting.splice(this.#waiting.indexOf(wake), 1);
        reject(signal.reason);
      };
      this.#waiting.push(wake);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}
