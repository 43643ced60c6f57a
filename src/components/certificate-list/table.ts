/**
 * The table of certificates (cards in narrow containers): one row per certificate with its marks
 * and tags. Part of the list's lazily loaded view (list-view.ts).
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { recordUrl } from '../../api/portal-links.js';
import { IRCC, type Certificate } from '../../api/queries/certificates.js';
import type { AbschSelectDetail } from '../../base/events.js';
import { RECORD_TYPES } from '../../data/record-types.js';
import { formatDate } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { pickIndexedText, pickText, type LocalizedText } from '../../i18n/lstring.js';
import { columns, showsCountry, tableWrapClass } from './columns.js';
import { keywordNames, usageName } from './labels.js';
import type { ListResult } from './load.js';

export interface TableContext {
  locale: Locale;
  portal: string;
  linkTarget: string;
  /** fires `absch-select` for a record link */
  select: (event: MouseEvent, detail: AbschSelectDetail) => void;
}

/** The certificates of a page; `stale` dims them while the next page loads. */
export function renderTable(result: ListResult, stale: boolean, ctx: TableContext): TemplateResult {
  // The columns of the page in view (while the next one loads, that can be the previous list's).
  const cols = columns(result.request);
  const showCountry = showsCountry(result.request);
  const label = (key: string) => cols.find((column) => column.key === key)?.label ?? '';
  const now = Date.now();
  const caption = pickText(RECORD_TYPES.absPermit.title, ctx.locale)?.text;
  // A region a keyboard can scroll, named as the table, for when the table is wider than the container.
  return html`<div class=${tableWrapClass(result.request)} role="region" tabindex="0" aria-label=${caption ?? nothing}>
    <table part="table" class=${stale ? 'stale' : ''}>
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          ${cols.map((column) => html`<th scope="col" class=${`col-${column.key}`} aria-sort=${column.sort ?? nothing}>${column.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${repeat(
          result.certificates,
          (certificate) => certificate.uid,
          (certificate) => renderRow(certificate, label, now, showCountry, ctx),
        )}
      </tbody>
    </table>
  </div>`;
}

function renderRow(certificate: Certificate, label: (key: string) => string, now: number, showCountry: boolean, ctx: TableContext): TemplateResult {
  const url = recordUrl(ctx.portal, ctx.locale, IRCC.schema, certificate.uid);
  const title = pickIndexedText(certificate.titles, ctx.locale);
  const country = pickText(certificate.countryNames, ctx.locale);
  const expired = !!certificate.expiry && certificate.expiry.getTime() < now;
  return html`<tr part="row" data-uid=${certificate.uid} ?data-expired=${expired} ?data-revoked=${certificate.revoked}>
    <th scope="row" class="col-uid" data-label=${label('uid')}>
      <a
        part="record-link"
        href=${url}
        target=${ctx.linkTarget || nothing}
        rel=${ctx.linkTarget ? 'noopener' : nothing}
        @click=${(event: MouseEvent) => ctx.select(event, { uid: certificate.uid, schema: IRCC.schema, url })}
        >${certificate.uid}</a
      >
      ${certificate.revoked ? html`<span part="mark revoked" class="mark revoked">${msg('Revoked', { id: 'certs-mark-revoked' })}</span>` : nothing}
    </th>
    <td class="col-title" data-label=${label('title')} ?data-empty=${!title}>${langText(title)}</td>
    ${showCountry ? html`<td class="col-country" data-label=${label('country')}>${langText(country, certificate.government.toUpperCase())}</td>` : nothing}
    <td class="col-issued" data-label=${label('issued')}>${renderDate(certificate.issued, ctx.locale)}</td>
    <td class="col-expiry" data-label=${label('expiry')} ?data-empty=${!certificate.expiry}>
      ${renderDate(certificate.expiry, ctx.locale)}
      ${expired ? html`<span part="mark expired" class="mark expired">${msg('Expired', { id: 'certs-mark-expired' })}</span>` : nothing}
    </td>
    <td class="col-usage" data-label=${label('usage')} ?data-empty=${!certificate.usages.length}>
      ${certificate.usages.length
        ? html`<ul class="tags">
            ${certificate.usages.map((usage) => html`<li data-usage=${usage}>${usageName(usage)}</li>`)}
          </ul>`
        : nothing}
    </td>
    <td class="col-subject" data-label=${label('subject')} ?data-empty=${!certificate.keywords.length}>
      ${certificate.keywords.length
        ? html`<ul class="tags">
            ${keywordNames(certificate.keywords, ctx.locale).map((name) => html`<li lang=${name.fallback ? name.lang : nothing}>${name.text}</li>`)}
          </ul>`
        : nothing}
    </td>
  </tr>`;
}

function renderDate(date: Date | null, locale: Locale): TemplateResult | typeof nothing {
  return date ? html`<time datetime=${date.toISOString().slice(0, 10)}>${formatDate(date, locale)}</time>` : nothing;
}

/** API text, isolated for bidi (a Latin title in an Arabic page), marked with its language when it is a fallback. */
function langText(text: LocalizedText | null, fallback = ''): TemplateResult | string {
  if (!text) return fallback;
  return html`<bdi lang=${text.fallback ? text.lang : nothing}>${text.text}</bdi>`;
}
