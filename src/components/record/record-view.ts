/**
 * How <absch-record> draws a loaded record, and what its status region says then. A chunk of its own,
 * downloaded with DOMPurify while the record is (base/lazy-module.ts).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { recordUrl } from '../../api/portal-links.js';
import { heading } from '../../base/heading.js';
import { describeFailure, type Failure } from '../../base/messages.js';
import { sanitized } from '../../base/sanitize.js';
import { RECORD_TYPES } from '../../data/record-types.js';
import { parseDate } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { pickText, type LocalizedText } from '../../i18n/lstring.js';
import { fallbackNote, fieldLabelOf, fieldValue, langOf, type FieldContext } from './fields.js';
import { humanize, isLString } from './layouts.js';
import { keyOf, type LoadedRecord, type ReferencedBy } from './record-data.js';
import { clippedForMessage, type Settled } from './record-identity.js';
import { referencedByHeading, renderReferencedBy, type ReferencedByContext } from './referenced-by.js';

/** Not the view's: it rides in the view's chunk for the loader (see `recordView` in record-load.ts). */
export { completeRecord } from './record-data.js';

/** What the view reads and calls on its element. */
export interface RecordHost extends ReferencedByContext {
  /** the element's error box, with its retry button */
  failure: (failure: Failure) => TemplateResult;
}

/** The record's title in the element's language (or another), from its layout's title fields or the info's. */
export function recordTitle(view: LoadedRecord, locale: Locale): LocalizedText | null {
  const titleValue = view.layout.title.map((key) => view.info.body[key]).find(isLString) ?? view.info.title;
  return pickText(titleValue as Record<string, string> | undefined, locale);
}

/** The status region's sentence when a record has loaded: its title (cut as in messages), else its UID. */
export function announce(view: LoadedRecord, host: RecordHost): string {
  const title = clippedForMessage(recordTitle(view, host.locale)?.text ?? view.uid);
  return msg(str`Record loaded: ${title}.`, { id: 'record-loaded' });
}

export function render(view: LoadedRecord, host: RecordHost): TemplateResult {
  const { info, layout } = view;
  const body = info.body;
  const typeName = pickText(RECORD_TYPES[info.type]?.title, host.locale);
  const title = recordTitle(view, host.locale);
  const titleLang = langOf(title, host.locale);
  const recordLang = title?.fallback ? title.lang : null;
  const ctx: FieldContext = {
    locale: host.locale,
    recordLang,
    portal: host.portal,
    linkTarget: host.linkTarget,
    uid: view.uid,
    body,
    names: view.names,
    now: new Date(),
    select: host.select,
  };
  const revoked = body.amendmentIntent === 1 || body.amendmentIntent === '1';
  const expiry = info.type === 'absPermit' ? parseDate(body.dateOfExpiry) : null;
  const expired = !!expiry && expiry.getTime() < ctx.now.getTime();
  const portalUrl = recordUrl(host.portal, host.locale, info.type, view.uid);
  return html`<header part="header">
      <p part="type" class="type" lang=${langOf(typeName, host.locale).lang}>${typeName?.text ?? info.type}</p>
      ${heading(host.headingLevel, 0, { part: 'title', lang: titleLang.lang, dir: titleLang.dir }, title?.text ?? view.uid)}
      ${revoked || expired
        ? html`<p class="badges">
            ${revoked ? html`<span class="badge" part="badge" data-badge="revoked">${msg('Revoked', { id: 'record-revoked' })}</span>` : nothing}
            ${expired ? html`<span class="badge" part="badge" data-badge="expired">${msg('Expired', { id: 'record-expired' })}</span>` : nothing}
          </p>`
        : nothing}
    </header>
    ${recordLang ? fallbackNote(recordLang, host.locale) : nothing} ${renderNotices(view, revoked, ctx)}
    <dl part="fields" class="fields">
      ${layout.fields.map((spec) => {
        const value = fieldValue(spec, ctx);
        return value === nothing
          ? nothing
          : html`<div part="field" class="field" data-field=${keyOf(body, spec)}>
              <dt part="label">${fieldLabelOf(spec, humanize, host.locale)}</dt>
              <dd part="value">${value}</dd>
            </div>`;
      })}
    </dl>
    ${view.referencedBy ? renderReferences(view.referencedBy, host) : nothing}
    <p class="portal">
      <a part="portal-link" href=${portalUrl} target=${host.linkTarget || nothing} rel=${host.linkTarget ? 'noopener' : nothing}
        >${msg('View this record on the ABS Clearing-House', { id: 'record-portal-link' })}</a
      >
    </p>`;
}

/** Revocation or amendment (with its description), and an earlier revision asked for by `GUID@rev`. */
function renderNotices(view: LoadedRecord, revoked: boolean, ctx: FieldContext): TemplateResult | typeof nothing {
  const { info } = view;
  const body = info.body;
  const certificate = info.type === 'absPermit';
  const amended = !revoked && info.revision > 1 && (body.amendmentIntent === 0 || body.amendmentIntent === '0') && isLString(body.amendmentDescription);
  const description = isLString(body.amendmentDescription) ? pickText(body.amendmentDescription as Record<string, string>, ctx.locale) : null;
  const descriptionLang = langOf(description, ctx.locale);
  const older = info.latestRevision !== undefined && info.revision < info.latestRevision;
  if (!revoked && !amended && !older) return nothing;
  return html`${revoked || amended
    ? html`<div part="notice" class="notice" data-notice=${revoked ? 'revoked' : 'amended'}>
        <p class="notice-title">
          ${revoked
            ? certificate
              ? msg('This certificate was revoked.', { id: 'record-notice-revoked-certificate' })
              : msg('This record was revoked.', { id: 'record-notice-revoked' })
            : certificate
              ? msg('This certificate was amended.', { id: 'record-notice-amended-certificate' })
              : msg('This record was amended.', { id: 'record-notice-amended' })}
        </p>
        ${description
          ? html`<div class="rich-text" lang=${descriptionLang.lang} dir=${descriptionLang.dir}>${sanitized(description.text)}</div>
              ${description.fallback && description.lang !== ctx.recordLang ? fallbackNote(description.lang, ctx.locale) : nothing}`
          : nothing}
      </div>`
    : nothing}
  ${older
    ? html`<p part="notice" class="notice" data-notice="older-revision">
        ${msg(str`This is revision ${info.revision} of the record; the latest is revision ${info.latestRevision}.`, { id: 'record-notice-older-revision' })}
      </p>`
    : nothing}`;
}

function renderReferences(references: Settled<ReferencedBy>, host: RecordHost): TemplateResult {
  if ('value' in references) {
    return renderReferencedBy(references.value, host);
  }
  const failure = describeFailure(references.error);
  return html`<section part="referenced-by" class="referenced-by" aria-labelledby="referenced-by-heading">
    ${referencedByHeading(host.headingLevel)}
    ${host.failure({ ...failure, message: msg(str`The records that refer to this one could not be loaded. ${failure.message}`, { id: 'record-referenced-by-failed' }) })}
  </section>`;
}

