/**
 * One MutationObserver per page on `<html lang>` and `<html data-absch-lang>`, shared by every
 * element: a page that switches language (or an in-page translator that rewrites `lang`) makes
 * each element resolve its language again.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | null = null;

export function onPageLanguageChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'data-absch-lang'] });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = null;
    }
  };
}
