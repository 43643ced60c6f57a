/**
 * The CSV export's button and status, drawn from the export's state (export-controller.ts). Part of
 * the list's lazily loaded view (list-view.ts).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { selectPlural } from '../../i18n/plural.js';
import type { ExportControl, ExportState } from './export-controller.js';

/** The button (disabled when the list is empty, "cancel" while running), the progress and the status. */
export function renderExport(exporter: ExportControl, total: number, locale: Locale): TemplateResult {
  const current = exporter.state;
  const running = current.phase === 'running';
  return html`<div class="export">
    <button
      type="button"
      part="export"
      aria-disabled=${!running && total === 0 ? 'true' : 'false'}
      @click=${() => (running ? exporter.cancel() : total > 0 && exporter.start())}
    >
      ${running ? msg('Cancel the download', { id: 'certs-export-cancel' }) : msg('Download as CSV', { id: 'certs-export' })}
    </button>
    ${current.phase === 'running' ? html`<progress max=${current.total ?? nothing} value=${current.done} aria-hidden="true"></progress>` : nothing}
    <span part="export-status" class="export-status" role="status">${statusText(current, locale)}</span>
  </div>`;
}

function statusText(state: ExportState, locale: Locale): string {
  switch (state.phase) {
    case 'running': {
      const done = formatNumber(state.done, locale);
      const total = formatNumber(state.total ?? 0, locale);
      return msg(str`Preparing the file: ${done} of ${total} certificates`, { id: 'certs-export-progress' });
    }
    case 'ready': {
      const n = formatNumber(state.total, locale);
      return selectPlural(state.total, locale, {
        zero: msg(str`The file is ready: ${n} certificates.`, { id: 'certs-export-ready-zero' }),
        one: msg(str`The file is ready: ${n} certificate.`, { id: 'certs-export-ready-one' }),
        two: msg(str`The file is ready: ${n} certificates.`, { id: 'certs-export-ready-two' }),
        few: msg(str`The file is ready: ${n} certificates.`, { id: 'certs-export-ready-few' }),
        many: msg(str`The file is ready: ${n} certificates.`, { id: 'certs-export-ready-many' }),
        other: msg(str`The file is ready: ${n} certificates.`, { id: 'certs-export-ready-other' }),
      });
    }
    case 'cancelled':
      return msg('The download was cancelled.', { id: 'certs-export-cancelled' });
    case 'failed': {
      const reason = state.message;
      return msg(str`The file could not be prepared. ${reason}`, { id: 'certs-export-failed' });
    }
    default:
      return '';
  }
}
