/**
 * Code that an element needs only to draw its loaded state (its view helpers, DOMPurify) is a chunk
 * of its own, so that the all-in-one file and a page that shows other elements do not carry it. An
 * element asks for it when a load starts, beside its API requests, so it adds no wait unless it is
 * slower than the data, and draws the loaded state once the load task, which awaits both, is complete.
 */
export interface LazyModule<T> {
  /** Downloads the module once; a failed download is forgotten, so the element's retry downloads again. */
  load(): Promise<T>;
  /** The module, once `load()` has resolved. */
  readonly loaded: T | undefined;
}

export function lazyModule<T>(importModule: () => Promise<T>): LazyModule<T> {
  let loading: Promise<T> | undefined;
  let loaded: T | undefined;
  return {
    load: () =>
      (loading ??= importModule().then(
        (module) => (loaded = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    get loaded() {
      return loaded;
    },
  };
}
