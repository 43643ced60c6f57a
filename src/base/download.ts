/**
 * Files an element makes (CSV, SVG): offered to the host page first, then downloaded. Apart from the
 * base element: only the elements that export load it.
 */
import type { AbschExportDetail } from './events.js';

/**
 * Fires the cancelable `absch-export` with a file `element` made; true when no listener cancelled it,
 * and the element downloads the file. A host page that cancels it handles the file itself.
 */
export function offerExport(element: HTMLElement, detail: AbschExportDetail): boolean {
  return element.dispatchEvent(new CustomEvent('absch-export', { detail, bubbles: true, composed: true, cancelable: true }));
}

/** A Blob URL and an `<a download>` clicked from script: no inline code, so it works under a strict CSP. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
