/**
 * What <absch-country-profile> draws a loaded profile with: the name and status, the counts by
 * record type with their portal links, the latest records. A chunk of its own, loaded beside the
 * profile's requests (base/lazy-module.ts).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { PartyStatus } from '../../api/party-status.js';
import { recordUrl, searchUrl } from '../../api/portal-links.js';
import type { AbschSelectDetail } from '../../base/events.js';
import { heading, type HeadingLevel } from '../../base/heading.js';
import { instrumentName, pendingSentence } from '../../data/instrument-names.js';
import { RECORD_TYPES } from '../../data/record-types.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { pickText } from '../../i18n/lstring.js';
import { selectPlural } from '../../i18n/plural.js';
import type { ProfileSection } from './country-profile.js';
import type { LatestRecord, Profile, TypeSummary } from './profile-data.js';

/** What the view reads and calls on its element. */
export interface ProfileHost {
  locale: Locale;
  portal: string;
  linkTarget: string;
  shown: Set<ProfileSection>;
  hideEmpty: boolean;
  /** the level of the country's name; record-type headings are one below */
  headingLevel: HeadingLevel;
  /** fires `absch-select` for a record link */
  select: (event: MouseEvent, detail: AbschSelectDetail) => void;
}

/** The status region's sentence when a profile has loaded. */
export function announce(profile: Profile, host: ProfileHost): string {
  const name = pickText(profile.country.name, host.locale)?.text ?? profile.country.code;
  return msg(str`Country profile loaded: ${name}.`, { id: 'profile-loaded' });
}

export function render(profile: Profile, host: ProfileHost): TemplateResult {
  const { shown } = host;
  const name = pickText(profile.country.name, host.locale);
  const types = profile.types?.filter((type) => !host.hideEmpty || type.count > 0);
  return html`<header part="header">
      ${heading(host.headingLevel, 0, { part: 'name', lang: name?.fallback ? name.lang : undefined }, name?.text ?? profile.country.code)}
      ${shown.has('status')
        ? html`<p part="status" class="status" data-status=${profile.status.kind}>${statusText(profile.status, host.locale)}</p>`
        : nothing}
    </header>
    ${shown.has('counts') && profile.total !== undefined
      ? html`<p part="total">${totalText(profile.total, host.locale)}</p>`
      : nothing}
    ${types
      ? html`<ul part="counts" class="types">
          ${types.map((type) => renderType(type, profile.country.code, host))}
        </ul>`
      : nothing}`;
}

function renderType(type: TypeSummary, code: string, host: ProfileHost): TemplateResult {
  const name = pickText(RECORD_TYPES[type.schema]?.title, host.locale);
  const label = name?.text ?? type.schema;
  const href = searchUrl(host.portal, host.locale, { schema: type.schema, country: code });
  return html`<li part="type" class="type" data-schema=${type.schema} ?data-empty=${type.count === 0}>
    <div class="type-head">
      ${host.shown.has('counts')
        ? html`<a part="type-link" href=${href} target=${host.linkTarget || nothing} rel=${host.linkTarget ? 'noopener' : nothing}
              aria-label=${typeCountLabel(label, type.count, host.locale)}
              ><span class="type-name" lang=${name?.fallback ? name.lang : nothing}>${label}</span></a
            ><span part="count" class="count" aria-hidden="true">${formatNumber(type.count, host.locale)}</span>`
        : heading(host.headingLevel, 1, { class: 'type-name', lang: name?.fallback ? name.lang : undefined }, label)}
    </div>
    ${host.shown.has('latest') && type.latest.length
      ? html`<ul part="records" class="records">
          ${type.latest.map((record) => renderRecord(record, host))}
        </ul>`
      : nothing}
  </li>`;
}

function renderRecord(record: LatestRecord, host: ProfileHost): TemplateResult {
  const title = pickText(record.titles, host.locale);
  const url = recordUrl(host.portal, host.locale, record.schema, record.uid);
  return html`<li part="record" class="record">
    <a
      href=${url}
      target=${host.linkTarget || nothing}
      rel=${host.linkTarget ? 'noopener' : nothing}
      lang=${title?.fallback ? title.lang : nothing}
      @click=${(event: MouseEvent) => host.select(event, { uid: record.uid, schema: record.schema, url })}
      >${title?.text ?? record.uid}</a
    >
    ${record.updated
      ? html`<time datetime=${record.updated.toISOString().slice(0, 10)}>${formatDate(record.updated, host.locale)}</time>`
      : nothing}
  </li>`;
}

export function statusText(status: PartyStatus, locale: Locale): string {
  switch (status.kind) {
    case 'party': {
      const since = status.since && formatDate(status.since, locale);
      if (!status.instrument) {
        return since ? msg(str`Party to the Nagoya Protocol since ${since}`, { id: 'status-party-since' }) : msg('Party to the Nagoya Protocol', { id: 'status-party' });
      }
      // The treaty record says how the country joined: ratification is only one of five ways.
      const instrument = instrumentName(status.instrument);
      return since
        ? msg(str`Party to the Nagoya Protocol since ${since} (${instrument})`, { id: 'status-party-since-by' })
        : msg(str`Party to the Nagoya Protocol (${instrument})`, { id: 'status-party-by' });
    }
    case 'ratified':
      return pendingSentence(status.instrument, formatDate(status.entryIntoForce, locale));
    case 'signatory':
      return msg('Signatory to the Nagoya Protocol, not a Party', { id: 'status-signatory' });
    default:
      return msg('Not a Party to the Nagoya Protocol', { id: 'status-non-party' });
  }
}


export function totalText(total: number, locale: Locale): string {
  const n = formatNumber(total, locale);
  return selectPlural(total, locale, {
    zero: msg(str`${n} national records published`, { id: 'profile-total-zero' }),
    one: msg(str`${n} national record published`, { id: 'profile-total-one' }),
    two: msg(str`${n} national records published`, { id: 'profile-total-two' }),
    few: msg(str`${n} national records published`, { id: 'profile-total-few' }),
    many: msg(str`${n} national records published`, { id: 'profile-total-many' }),
    other: msg(str`${n} national records published`, { id: 'profile-total-other' }),
  });
}

export function typeCountLabel(type: string, count: number, locale: Locale): string {
  const n = formatNumber(count, locale);
  return selectPlural(count, locale, {
    zero: msg(str`${type}: ${n} records`, { id: 'profile-type-count-zero' }),
    one: msg(str`${type}: ${n} record`, { id: 'profile-type-count-one' }),
    two: msg(str`${type}: ${n} records`, { id: 'profile-type-count-two' }),
    few: msg(str`${type}: ${n} records`, { id: 'profile-type-count-few' }),
    many: msg(str`${type}: ${n} records`, { id: 'profile-type-count-many' }),
    other: msg(str`${type}: ${n} records`, { id: 'profile-type-count-other' }),
  });
}
