/**
 * The page navigation of the certificate list: first / previous / numbered pages / next / last.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';

/** Page numbers shown on each side of the current one. */
const PAGE_WINDOW = 2;

/** `1 … 4 5 [6] 7 8 … 30`: null marks a gap. */
export function pageNumbers(page: number, pages: number): (number | null)[] {
  const out: (number | null)[] = [];
  const low = Math.max(1, page - PAGE_WINDOW);
  const high = Math.min(pages, page + PAGE_WINDOW);
  if (low > 1) out.push(1);
  if (low > 2) out.push(low === 3 ? 2 : null);
  for (let n = low; n <= high; n++) out.push(n);
  if (high < pages - 1) out.push(high === pages - 2 ? pages - 1 : null);
  if (high < pages) out.push(pages);
  return out;
}

/**
 * The edge buttons stay focusable when they lead nowhere (aria-disabled rather than disabled), so
 * that a keyboard user who pressed "Next" up to the last page keeps the focus where it was.
 * `goTo` is called with the page of the button pressed, the current one included.
 */
export function renderPager(page: number, pages: number, locale: Locale, goTo: (page: number) => void): TemplateResult {
  const numbers = pageNumbers(page, pages);
  const button = (target: number, label: string, name: string) => html`<button
    type="button"
    part=${`page-nav ${name}`}
    class="nav"
    aria-disabled=${target === page ? 'true' : 'false'}
    @click=${() => goTo(target)}
  >
    ${label}
  </button>`;
  return html`<nav part="pagination" class="pagination" aria-label=${msg('Pages of certificates', { id: 'certs-pagination-label' })}>
    ${button(1, msg('First', { id: 'certs-page-first' }), 'first')}
    ${button(Math.max(1, page - 1), msg('Previous', { id: 'certs-page-previous' }), 'previous')}
    <ol class="pages">
      ${repeat(
        numbers,
        (n, i) => (n === null ? `gap-${i}` : n),
        (n) =>
          n === null
            ? html`<li class="gap" aria-hidden="true">…</li>`
            : html`<li>
                <button
                  type="button"
                  part=${n === page ? 'page current' : 'page'}
                  aria-current=${n === page ? 'page' : nothing}
                  aria-label=${msg(str`Page ${formatNumber(n, locale)}`, { id: 'certs-page-number' })}
                  @click=${() => goTo(n)}
                >
                  ${formatNumber(n, locale)}
                </button>
              </li>`,
      )}
    </ol>
    ${button(Math.min(pages, page + 1), msg('Next', { id: 'certs-page-next' }), 'next')}
    ${button(pages, msg('Last', { id: 'certs-page-last' }), 'last')}
  </nav>`;
}
