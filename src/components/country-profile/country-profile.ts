import { attributeWords, warnUnknownWords } from '../../base/attribute-values.js';
import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ApiError } from '../../api/errors.js';
import { fetchCountry, searchGrouped } from '../../api/endpoints.js';
import { F, NATIONAL_SCHEMAS, localizedField, type NationalSchema } from '../../api/fields.js';
import { partyStatus, type PartyStatus } from '../../api/party-status.js';
import { recordUrl, searchUrl } from '../../api/portal-links.js';
import { COUNTRY_PROFILE_GROUP_FIELD, countryProfileQuery } from '../../api/queries/country-profile.js';
import type { Country, GroupedField, IndexDoc } from '../../api/types.js';
import { AbschElement } from '../../base/absch-element.js';
import { InputProblem, describeFailure, invalidInput, type Failure } from '../../base/messages.js';
import { baseStyles } from '../../base/styles.js';
import { RECORD_TYPES } from '../../data/record-types.js';
import { formatDate, formatNumber, parseDate } from '../../i18n/format.js';
import { pickText } from '../../i18n/lstring.js';
import { LOCALES, type Locale } from '../../i18n/locale.js';
import { selectPlural } from '../../i18n/plural.js';
import { countryProfileStyles } from './country-profile.styles.js';

export const PROFILE_SECTIONS = ['status', 'counts', 'latest'] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

const DEFAULT_MAX_PER_TYPE = 3;
/** The portal's own profile asks for ten per type; more would make the one request heavy. */
const MAX_PER_TYPE_LIMIT = 10;
const COUNTRY_CODE = /^[A-Za-z]{2}$/;

interface LatestRecord {
  uid: string;
  schema: string;
  /** in every language present, so a change of language needs no new request */
  titles: Partial<Record<Locale, string>>;
  updated: Date | null;
}

interface TypeSummary {
  schema: NationalSchema;
  count: number;
  latest: LatestRecord[];
}

interface Profile {
  country: Country;
  status: PartyStatus;
  /** absent when neither counts nor latest records are shown (one request only) */
  types?: TypeSummary[];
  total?: number;
}

/**
 * A country's ABS information: its name, its Nagoya Protocol status, the number of published
 * national records of every type with links to them on the portal, and the latest records of each
 * type. Two API requests at most: the country, and one grouped index query.
 *
 * @tag absch-country-profile
 * @summary A country's Nagoya Protocol status and national ABS records.
 *
 * @fires absch-load - The profile is shown. `detail`: `{country, total, counts}` (`counts` by record type).
 * @fires absch-error - Loading failed or the country code is wrong. `detail`: `{status, kind, message}`.
 * @fires absch-select - Cancelable. A record link was activated. `detail`: `{uid, schema, url}`; cancel it to open the record in place.
 *
 * @csspart base - The whole profile.
 * @csspart header - The country's name and status.
 * @csspart name - The country's name.
 * @csspart status - The Nagoya Protocol status.
 * @csspart total - The total of national records.
 * @csspart counts - The list of record types.
 * @csspart type - One record type (name, count, latest records).
 * @csspart type-link - The link to a record type's list on the portal.
 * @csspart count - The number of records of a type.
 * @csspart records - The latest records of a type.
 * @csspart record - One of the latest records.
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 *
 * @cssprop --absch-font-family - Font (default: inherited from the page).
 * @cssprop --absch-color-text - Text colour (default: inherited).
 * @cssprop --absch-color-muted - Secondary text (dates, empty types).
 * @cssprop --absch-color-link - Links.
 * @cssprop --absch-color-success - The status of a Party.
 * @cssprop --absch-color-border - Separators and boxes.
 * @cssprop --absch-color-danger - The border of an error message.
 * @cssprop --absch-color-skeleton - Placeholders while loading.
 * @cssprop --absch-radius - Corner radius.
 * @cssprop --absch-space-s - Small gap.
 * @cssprop --absch-space-m - Medium gap.
 */
@localized()
export class AbschCountryProfile extends AbschElement {
  static override styles = [baseStyles, countryProfileStyles];

  /** ISO 3166 alpha-2 code of the country (any case), or `EU`. */
  @property() country = '';

  /** What to show, space-separated: `status`, `counts`, `latest`. Default: all three. */
  @property() sections = '';

  /** How many of the latest records to list per record type (0 to 10). */
  @property({ attribute: 'max-per-type' }) maxPerType = String(DEFAULT_MAX_PER_TYPE);

  /** Hides record types that have no published record. */
  @property({ type: Boolean, attribute: 'hide-empty' }) hideEmpty = false;

  /** Where portal links open: a browsing-context name such as `_blank`. Default: the same tab. */
  @property({ attribute: 'link-target' }) linkTarget = '';

  private readonly profile = new Task(this, {
    // apiBase and appId are arguments only so that changing them loads again.
    task: ([country, latest, needsIndex], { signal }) => this.readyToShow(this.load(country, latest, needsIndex, signal)),
    args: () => [this.country, this.shownPerType, this.shown.has('counts') || this.shown.has('latest'), this.apiBase, this.appId] as const,
    onComplete: (profile) => {
      this.loadedAnnouncement = this.loadedText(profile);
      this.emitLoad(loadDetail(profile));
    },
    onError: (error) => this.emitError(this.failureOf(error)),
  });

  /** The sections to show, from `sections`; unknown words are ignored with a warning. */
  private get shown(): Set<ProfileSection> {
    const words = attributeWords(this.sections.toLowerCase());
    const known = words.filter((word): word is ProfileSection => (PROFILE_SECTIONS as readonly string[]).includes(word));
    return new Set(known.length ? known : PROFILE_SECTIONS);
  }

  private get shownPerType(): number {
    if (!this.shown.has('latest')) return 0;
    const value = Number(this.maxPerType);
    return this.maxPerType.trim() !== '' && Number.isFinite(value) ? Math.min(MAX_PER_TYPE_LIMIT, Math.max(0, Math.trunc(value))) : DEFAULT_MAX_PER_TYPE;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sections')) warnUnknownWords('absch-country-profile', 'sections', this.sections, PROFILE_SECTIONS);
    if (changed.has('maxPerType')) {
      const value = Number(this.maxPerType);
      if (this.maxPerType.trim() === '' || !Number.isInteger(value) || value < 0 || value > MAX_PER_TYPE_LIMIT) {
        console.warn(`<absch-country-profile>: max-per-type="${this.maxPerType}" is not a whole number from 0 to ${MAX_PER_TYPE_LIMIT}; using ${this.shownPerType}.`);
      }
    }
  }

  private async load(rawCode: string, latest: number, needsIndex: boolean, signal: AbortSignal): Promise<Profile> {
    const code = rawCode.trim();
    if (!COUNTRY_CODE.test(code)) throw new InputProblem(code);
    const config = this.apiConfig;
    const [country, groups] = await Promise.all([
      fetchCountry(config, code, signal),
      needsIndex ? searchGrouped(config, countryProfileQuery(code, latest), COUNTRY_PROFILE_GROUP_FIELD, signal) : undefined,
    ]);
    const types = groups && summarize(groups, code.toLowerCase());
    return { country, status: partyStatus(country), types, total: types?.reduce((sum, type) => sum + type.count, 0) };
  }

  private failureOf(error: unknown): Failure {
    const code = this.country.trim();
    if (error instanceof InputProblem) {
      return invalidInput(
        code === ''
          ? msg('No country is set. Give a two-letter country code, such as “ke” for Kenya.', { id: 'profile-no-country' })
          : msg(str`“${code}” is not a two-letter country code.`, { id: 'profile-malformed-country' }),
      );
    }
    if (error instanceof ApiError && error.kind === 'not-found') {
      return { ...describeFailure(error), message: msg(str`The Clearing-House knows no country with the code “${code.toUpperCase()}”.`, { id: 'profile-unknown-country' }) };
    }
    return describeFailure(error);
  }

  override render(): TemplateResult {
    const busy = this.profile.status <= TaskStatus.PENDING;
    // tabindex -1: focus can rest on the profile when the retry button it held goes away.
    return html`<section part="base" class="profile" dir=${this.direction} lang=${this.locale} aria-busy=${busy ? 'true' : 'false'} tabindex="-1">
      <span class="visually-hidden" role="status"
        >${busy ? msg('Loading…', { id: 'loading' }) : this.profile.status === TaskStatus.COMPLETE ? this.loadedAnnouncement : ''}</span
      >
      ${this.profile.render({
        initial: () => this.renderSkeleton(),
        pending: () => this.renderSkeleton(),
        complete: (profile) => this.renderProfile(profile),
        error: (error) => this.renderFailure(this.failureOf(error), () => this.retry()),
      })}
    </section>`;
  }

  private retry(): void {
    this.renderRoot.querySelector<HTMLElement>('[part=base]')?.focus();
    void this.profile.run();
  }

  /** The layout of the final profile, in grey: nothing jumps when the data arrives. */
  private renderSkeleton(): TemplateResult {
    const shown = this.shown;
    return html`<div part="header" aria-hidden="true">
        <span class="skeleton name"></span>
        ${shown.has('status') ? html`<span class="skeleton line"></span>` : nothing}
      </div>
      ${shown.has('counts') || shown.has('latest')
        ? html`<ul class="types" aria-hidden="true">
            ${NATIONAL_SCHEMAS.map(() => html`<li class="type"><span class="skeleton type-line"></span></li>`)}
          </ul>`
        : nothing}`;
  }

  private renderProfile(profile: Profile): TemplateResult {
    const shown = this.shown;
    const name = pickText(profile.country.name, this.locale);
    const types = profile.types?.filter((type) => !this.hideEmpty || type.count > 0);
    return html`<header part="header">
        <h2 part="name" lang=${name?.fallback ? name.lang : nothing}>${name?.text ?? profile.country.code}</h2>
        ${shown.has('status')
          ? html`<p part="status" class="status" data-status=${profile.status.kind}>${this.statusText(profile.status)}</p>`
          : nothing}
      </header>
      ${shown.has('counts') && profile.total !== undefined
        ? html`<p part="total">${this.totalText(profile.total)}</p>`
        : nothing}
      ${types
        ? html`<ul part="counts" class="types">
            ${types.map((type) => this.renderType(type, profile.country.code, shown))}
          </ul>`
        : nothing}`;
  }

  private renderType(type: TypeSummary, code: string, shown: Set<ProfileSection>): TemplateResult {
    const name = pickText(RECORD_TYPES[type.schema]?.title, this.locale);
    const label = name?.text ?? type.schema;
    const href = searchUrl(this.portal, this.locale, { schema: type.schema, country: code });
    return html`<li part="type" class="type" data-schema=${type.schema} ?data-empty=${type.count === 0}>
      <div class="type-head">
        ${shown.has('counts')
          ? html`<a part="type-link" href=${href} target=${this.linkTarget || nothing} rel=${this.linkTarget ? 'noopener' : nothing}
                aria-label=${this.typeCountLabel(label, type.count)}
                ><span class="type-name" lang=${name?.fallback ? name.lang : nothing}>${label}</span></a
              ><span part="count" class="count" aria-hidden="true">${formatNumber(type.count, this.locale)}</span>`
          : html`<h3 class="type-name" lang=${name?.fallback ? name.lang : nothing}>${label}</h3>`}
      </div>
      ${shown.has('latest') && type.latest.length
        ? html`<ul part="records" class="records">
            ${type.latest.map((record) => this.renderRecord(record))}
          </ul>`
        : nothing}
    </li>`;
  }

  private renderRecord(record: LatestRecord): TemplateResult {
    const title = pickText(record.titles, this.locale);
    const url = recordUrl(this.portal, this.locale, record.schema, record.uid);
    return html`<li part="record" class="record">
      <a
        href=${url}
        target=${this.linkTarget || nothing}
        rel=${this.linkTarget ? 'noopener' : nothing}
        lang=${title?.fallback ? title.lang : nothing}
        @click=${(event: MouseEvent) => this.selectRecord(event, { uid: record.uid, schema: record.schema, url })}
        >${title?.text ?? record.uid}</a
      >
      ${record.updated
        ? html`<time datetime=${record.updated.toISOString().slice(0, 10)}>${formatDate(record.updated, this.locale)}</time>`
        : nothing}
    </li>`;
  }

  private statusText(status: PartyStatus): string {
    switch (status.kind) {
      case 'party':
        return status.since
          ? msg(str`Party to the Nagoya Protocol since ${formatDate(status.since, this.locale)}`, { id: 'status-party-since' })
          : msg('Party to the Nagoya Protocol', { id: 'status-party' });
      case 'ratified':
        return msg(str`Ratified the Nagoya Protocol; it enters into force for this country on ${formatDate(status.entryIntoForce, this.locale)}`, {
          id: 'status-ratified',
        });
      case 'signatory':
        return msg('Signatory to the Nagoya Protocol, not a Party', { id: 'status-signatory' });
      default:
        return msg('Not a Party to the Nagoya Protocol', { id: 'status-non-party' });
    }
  }

  /** The status region's sentence when a profile has loaded. */
  private loadedText(profile: Profile): string {
    const name = pickText(profile.country.name, this.locale)?.text ?? profile.country.code;
    return msg(str`Country profile loaded: ${name}.`, { id: 'profile-loaded' });
  }

  private totalText(total: number): string {
    const n = formatNumber(total, this.locale);
    return selectPlural(total, this.locale, {
      zero: msg(str`${n} national records published`, { id: 'profile-total-zero' }),
      one: msg(str`${n} national record published`, { id: 'profile-total-one' }),
      two: msg(str`${n} national records published`, { id: 'profile-total-two' }),
      few: msg(str`${n} national records published`, { id: 'profile-total-few' }),
      many: msg(str`${n} national records published`, { id: 'profile-total-many' }),
      other: msg(str`${n} national records published`, { id: 'profile-total-other' }),
    });
  }

  private typeCountLabel(type: string, count: number): string {
    const n = formatNumber(count, this.locale);
    return selectPlural(count, this.locale, {
      zero: msg(str`${type}: ${n} records`, { id: 'profile-type-count-zero' }),
      one: msg(str`${type}: ${n} record`, { id: 'profile-type-count-one' }),
      two: msg(str`${type}: ${n} records`, { id: 'profile-type-count-two' }),
      few: msg(str`${type}: ${n} records`, { id: 'profile-type-count-few' }),
      many: msg(str`${type}: ${n} records`, { id: 'profile-type-count-many' }),
      other: msg(str`${type}: ${n} records`, { id: 'profile-type-count-other' }),
    });
  }
}

/** One entry per national record type, in the portal's order, from the groups of the profile query. */
function summarize(grouped: GroupedField, government: string): TypeSummary[] {
  const bySchema = new Map(grouped.groups.map((group) => [group.groupValue, group.doclist]));
  return NATIONAL_SCHEMAS.map((schema) => {
    const doclist = bySchema.get(`${government}_${schema}`);
    return { schema, count: doclist?.numFound ?? 0, latest: (doclist?.docs ?? []).map(toLatestRecord) };
  });
}

function toLatestRecord(doc: IndexDoc): LatestRecord {
  return {
    uid: String(doc[F.uniqueIdentifier] ?? '').toUpperCase(),
    schema: String(doc[F.schema] ?? ''),
    titles: Object.fromEntries(LOCALES.map((locale) => [locale, textOf(doc[localizedField('title', locale, 't')])])),
    updated: parseDate(doc[F.updatedDate]),
  };
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
}

function loadDetail(profile: Profile) {
  return {
    country: profile.country.code,
    status: profile.status.kind,
    total: profile.total,
    counts: profile.types && Object.fromEntries(profile.types.map((type) => [type.schema, type.count])),
  };
}

