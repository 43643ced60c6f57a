/**
 * The "Referenced by" section of `<absch-record>`: the records that point at the shown one, by
 * record type (official names) and by the field that points, each linked, with counts. Long groups
 * show their first lines and a button for the rest (no request: every line came in the one answer).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { recordUrl } from '../../api/portal-links.js';
import type { AbschSelectDetail } from '../../base/events.js';
import { heading, type HeadingLevel } from '../../base/heading.js';
import { RECORD_TYPES } from '../../data/record-types.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { pickIndexedText, pickText } from '../../i18n/lstring.js';
import { selectPlural } from '../../i18n/plural.js';
import { langOf } from './fields.js';
import { fieldLabel } from './layouts.js';
import type { FieldGroup, ReferencedBy, ReferencingRecord, TypeGroup } from './record-data.js';

/** Lines shown per group before "Show all". */
export const GROUP_PREVIEW = 10;

export interface ReferencedByContext {
  locale: Locale;
  portal: string;
  linkTarget: string;
  select: (event: MouseEvent, detail: AbschSelectDetail) => void;
  isExpanded: (key: string) => boolean;
  expand: (key: string) => void;
  /** the level of the record's title: "Referenced by" is one below, a record type two, a field three */
  headingLevel: HeadingLevel;
}

export const groupKey = (schema: string, field: string) => `${schema}/${field}`;

export function renderReferencedBy(refs: ReferencedBy, ctx: ReferencedByContext): TemplateResult {
  return html`<section part="referenced-by" class="referenced-by" aria-labelledby="referenced-by-heading">
    ${referencedByHeading(ctx.headingLevel)}
    <p part="referenced-total">${totalText(refs.total, ctx.locale)}</p>
    ${refs.types.map((type) => renderType(type, ctx))}
    ${refs.listed < refs.total
      ? html`<p class="more-note">${msg(str`Only the ${formatNumber(refs.listed, ctx.locale)} most recently updated of ${formatNumber(refs.total, ctx.locale)} records are listed.`, { id: 'record-referenced-by-truncated' })}</p>`
      : nothing}
  </section>`;
}

/** The section's heading, one level below the record's title; also over the section's error. */
export function referencedByHeading(level: HeadingLevel): TemplateResult {
  return heading(level, 1, { id: 'referenced-by-heading' }, msg('Referenced by', { id: 'record-referenced-by' }));
}

/** A section (not only a list) per type, so a screen reader can jump between types by heading. */
function renderType(type: TypeGroup, ctx: ReferencedByContext): TemplateResult {
  const name = pickText(RECORD_TYPES[type.schema]?.title, ctx.locale);
  const label = name?.text ?? type.schema;
  const { lang, dir } = langOf(name, ctx.locale);
  return html`<section part="referenced-type" class="referenced-type" data-schema=${type.schema}>
    ${heading(
      ctx.headingLevel,
      2,
      { class: 'type-heading' },
      html`<span class="type-name" lang=${lang} dir=${dir}>${label}</span>
        <span part="count" class="count" aria-hidden="true">${formatNumber(type.count, ctx.locale)}</span>
        <span class="visually-hidden">${typeCountText(type.count, ctx.locale)}</span>`,
    )}
    ${type.fields.map((group) => renderGroup(type.schema, group, ctx))}
  </section>`;
}

function renderGroup(schema: string, group: FieldGroup, ctx: ReferencedByContext): TemplateResult {
  const key = groupKey(schema, group.field);
  const expanded = ctx.isExpanded(key);
  const shown = expanded ? group.records : group.records.slice(0, GROUP_PREVIEW);
  const hidden = group.records.length - shown.length;
  const label = group.field ? fieldLabel(group.field) : null;
  return html`<div class="via" data-field=${group.field} data-key=${key}>
    ${label
      ? heading(
          ctx.headingLevel,
          3,
          { part: 'referenced-field', class: 'field-heading' },
          html`${msg(str`Through the field “${label.text}”`, { id: 'record-referenced-through' })}
            <span class="count" aria-hidden="true">${formatNumber(group.records.length, ctx.locale)}</span>`,
        )
      : nothing}
    <ul part="referenced-records" class="records">
      ${shown.map((record, i) => renderRecord(record, ctx, i === GROUP_PREVIEW && expanded))}
    </ul>
    ${hidden > 0
      ? html`<button type="button" part="show-all" data-group=${key} @click=${() => ctx.expand(key)}>${showAllText(group.records.length, ctx.locale)}</button>`
      : nothing}
  </div>`;
}

function renderRecord(record: ReferencingRecord, ctx: ReferencedByContext, firstRevealed: boolean): TemplateResult {
  // Read from the index, which fills a language the record lacks with its English title.
  const title = pickIndexedText(record.titles, ctx.locale);
  const url = recordUrl(ctx.portal, ctx.locale, record.schema, record.uid);
  const { lang, dir } = langOf(title, ctx.locale);
  return html`<li part="referenced-record" class="record">
    <a
      href=${url}
      target=${ctx.linkTarget || nothing}
      rel=${ctx.linkTarget ? 'noopener' : nothing}
      lang=${lang}
      dir=${dir}
      data-uid=${record.uid}
      ?data-first-revealed=${firstRevealed}
      @click=${(event: MouseEvent) => ctx.select(event, { uid: record.uid, schema: record.schema, url })}
      >${title?.text ?? record.uid}</a
    >
    <span class="uid ltr-value" dir="ltr">${record.uid}</span>
    ${record.updated ? html`<time datetime=${record.updated.toISOString().slice(0, 10)}>${formatDate(record.updated, ctx.locale)}</time>` : nothing}
  </li>`;
}

function totalText(total: number, locale: Locale): string {
  if (total === 0) return msg('No published record refers to this one.', { id: 'record-referenced-by-none' });
  const n = formatNumber(total, locale);
  return selectPlural(total, locale, {
    zero: msg(str`${n} published records refer to this one.`, { id: 'record-referenced-by-total-zero' }),
    one: msg(str`${n} published record refers to this one.`, { id: 'record-referenced-by-total-one' }),
    two: msg(str`${n} published records refer to this one.`, { id: 'record-referenced-by-total-two' }),
    few: msg(str`${n} published records refer to this one.`, { id: 'record-referenced-by-total-few' }),
    many: msg(str`${n} published records refer to this one.`, { id: 'record-referenced-by-total-many' }),
    other: msg(str`${n} published records refer to this one.`, { id: 'record-referenced-by-total-other' }),
  });
}

function typeCountText(count: number, locale: Locale): string {
  const n = formatNumber(count, locale);
  return selectPlural(count, locale, {
    zero: msg(str`(${n} records)`, { id: 'record-type-count-zero' }),
    one: msg(str`(${n} record)`, { id: 'record-type-count-one' }),
    two: msg(str`(${n} records)`, { id: 'record-type-count-two' }),
    few: msg(str`(${n} records)`, { id: 'record-type-count-few' }),
    many: msg(str`(${n} records)`, { id: 'record-type-count-many' }),
    other: msg(str`(${n} records)`, { id: 'record-type-count-other' }),
  });
}

function showAllText(count: number, locale: Locale): string {
  const n = formatNumber(count, locale);
  return selectPlural(count, locale, {
    zero: msg(str`Show all ${n} records`, { id: 'record-show-all-zero' }),
    one: msg(str`Show all ${n} records`, { id: 'record-show-all-one' }),
    two: msg(str`Show all ${n} records`, { id: 'record-show-all-two' }),
    few: msg(str`Show all ${n} records`, { id: 'record-show-all-few' }),
    many: msg(str`Show all ${n} records`, { id: 'record-show-all-many' }),
    other: msg(str`Show all ${n} records`, { id: 'record-show-all-other' }),
  });
}
