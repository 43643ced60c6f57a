import { attributeWords, warnAttribute, warnUnknownWords } from '../../base/attribute-values.js';
import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ApiError } from '../../api/errors.js';
import { NATIONAL_SCHEMAS } from '../../api/fields.js';
import { partyStatus } from '../../api/party-status.js';
import { fetchProfileCountry, fetchProfileGroups } from '../../api/profile-endpoints.js';
import type { AbschLoadDetail } from '../../base/events.js';
import { headingLevel } from '../../base/heading.js';
import { lazyModule } from '../../base/lazy-module.js';
import { InputProblem, describeFailure, invalidInput, type Failure } from '../../base/messages.js';
import { baseStyles } from '../../base/styles.js';
import { AbschViewElement } from '../../base/view-element.js';
import { linkTarget } from '../../base/link-target.js';
import { countryProfileStyles } from './country-profile.styles.js';
import { summarize, type Profile } from './profile-data.js';
import type { ProfileHost } from './profile-view.js';

const profileView = lazyModule(() => import('./profile-view.js'));

export const PROFILE_SECTIONS = ['status', 'counts', 'latest'] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

const DEFAULT_MAX_PER_TYPE = 3;
/** The portal's own profile asks for ten per type; more would make the one request heavy. */
const MAX_PER_TYPE_LIMIT = 10;
const COUNTRY_CODE = /^[A-Za-z]{2}$/;

type ProfileArgs = readonly [country: string, latest: number, needsIndex: boolean, ...config: unknown[]];

/**
 * A country's ABS information: its name, its Nagoya Protocol status, the number of published
 * national records of every type with links to them on the portal, and the latest records of each
 * type. Two API requests at most: the country, and one grouped index query. Profiles that load
 * together share them: twelve profiles in one article make two requests (the list of countries,
 * and one grouped query for all twelve).
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
 */
export class AbschCountryProfile extends AbschViewElement<ProfileArgs, Profile, ProfileHost> {
  static override styles = [baseStyles, countryProfileStyles];

  /** ISO 3166 alpha-2 code of the country (any case), or `EU`. */
  @property() country = '';

  /** What to show, space-separated: `status`, `counts`, `latest`. Default: all three. */
  @property() sections = '';

  /** How many of the latest records to list per record type (0 to 10). */
  @property({ attribute: 'max-per-type' }) maxPerType = String(DEFAULT_MAX_PER_TYPE);

  /** Hides record types that have no published record. */
  @property({ type: Boolean, attribute: 'hide-empty' }) hideEmpty = false;

  /** Where portal links open: `_blank` or another window name; anything else is ignored, with a warning. Default: the same tab. */
  @property({ attribute: 'link-target' }) linkTarget = '';

  /** The level of the country's name, 1 to 6, so that it fits under the page's own headings; record types without links are one level below. Default: 2. */
  @property({ attribute: 'heading-level' }) headingLevel = '';

  protected readonly viewModule = profileView;
  protected readonly baseClass = 'profile';

  // apiBase, appId and realm are arguments only so that changing them loads again.
  protected loadArgs() {
    return [this.country, this.shownPerType, this.shown.has('counts') || this.shown.has('latest'), this.apiBase, this.appId, this.realm] as const;
  }

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
    if (changed.has('linkTarget')) linkTarget(this.linkTarget, this.localName);
    if (changed.has('headingLevel')) headingLevel(this.headingLevel, 2, this.localName);
    if (changed.has('sections')) warnUnknownWords('absch-country-profile', 'sections', this.sections, PROFILE_SECTIONS);
    if (changed.has('maxPerType')) {
      const value = Number(this.maxPerType);
      if (this.maxPerType.trim() === '' || !Number.isInteger(value) || value < 0 || value > MAX_PER_TYPE_LIMIT) {
        warnAttribute(this.localName, 'max-per-type', this.maxPerType, `a whole number from 0 to ${MAX_PER_TYPE_LIMIT}`, `using ${this.shownPerType}`);
      }
    }
  }

  protected async loadData([rawCode, latest, needsIndex]: ProfileArgs, signal: AbortSignal): Promise<Profile> {
    const code = rawCode.trim();
    if (!COUNTRY_CODE.test(code)) throw new InputProblem(code);
    const config = this.apiConfig;
    const [country, groups] = await Promise.all([fetchProfileCountry(config, code, signal), needsIndex ? fetchProfileGroups(config, code, latest, signal) : undefined]);
    const types = groups && summarize(groups, code.toLowerCase());
    return { country, status: partyStatus(country), types, total: types?.reduce((sum, type) => sum + type.count, 0) };
  }

  protected override failureOf(error: unknown): Failure {
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

  /** The layout of the final profile, in grey, with lines for the latest records of each type: nothing jumps when the data arrives. */
  protected renderSkeleton(): TemplateResult {
    const shown = this.shown;
    const latest = Array.from({ length: this.shownPerType }, () => html`<span class="skeleton record-line"></span>`);
    return html`<div part="header" aria-hidden="true">
        <span class="skeleton name"></span>
        ${shown.has('status') ? html`<span class="skeleton line"></span>` : nothing}
      </div>
      ${shown.has('counts') || shown.has('latest')
        ? html`<ul class="types" aria-hidden="true">
            ${NATIONAL_SCHEMAS.map(() => html`<li class="type"><span class="skeleton type-line"></span>${latest.length ? html`<div class="records">${latest}</div>` : nothing}</li>`)}
          </ul>`
        : nothing}`;
  }

  protected viewHost(): ProfileHost {
    return {
      locale: this.locale,
      portal: this.portal,
      linkTarget: linkTarget(this.linkTarget),
      shown: this.shown,
      hideEmpty: this.hideEmpty,
      headingLevel: headingLevel(this.headingLevel, 2),
      select: (event, detail) => this.selectRecord(event, detail),
    };
  }

  protected loadDetail(profile: Profile): AbschLoadDetail {
    return {
      country: profile.country.code,
      status: profile.status.kind,
      total: profile.total,
      counts: profile.types && Object.fromEntries(profile.types.map((type) => [type.schema, type.count])),
    };
  }
}
