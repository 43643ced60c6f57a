import { attributeWords } from '../../base/attribute-values.js';
import { localized, msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { isAbort } from '../../api/errors.js';
import { F, localizedField } from '../../api/fields.js';
import { recordUrl } from '../../api/portal-links.js';
import {
  highlightFields,
  RECORD_KINDS,
  SEARCH_FACETS,
  SEARCH_SORTS,
  searchQuery,
  searchWords,
  type RecordKind,
  type SearchRequest,
  type SearchSort,
} from '../../api/queries/search.js';
import { fetchCountries } from '../../api/endpoints.js';
import { searchIndex, type FacetCount, type SearchAnswer } from '../../api/search-endpoints.js';
import type { IndexDoc } from '../../api/types.js';
import { AbschElement } from '../../base/absch-element.js';
import { describeFailure } from '../../base/messages.js';
import { loadSanitizer } from '../../base/dompurify.js';
import { baseStyles } from '../../base/styles.js';
import { keywordTerm } from '../../data/keyword-terms.js';
import { RECORD_TYPES } from '../../data/record-types.js';
import { formatDate, formatNumber, parseDate } from '../../i18n/format.js';
import { directionOf, LOCALES, type Locale } from '../../i18n/locale.js';
import { pickText, type LocalizedText } from '../../i18n/lstring.js';
import { selectPlural } from '../../i18n/plural.js';
import { htmlToText, markWords, segmentsText, snippetSegments, truncate, type Segment } from './highlight.js';
import { searchStyles } from './search.styles.js';
import { decodeState, encodeState, readHashParam, writeHashParam, type UrlState } from './url-state.js';

/** Pause in typing after which the text is searched. */
export const DEBOUNCE_MS = 300;
const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 50;
/** More countries than this in the facet: a box to find one. */
const COUNTRY_FILTER_THRESHOLD = 10;
/** Characters of a summary shown when the API highlighted nothing in it. */
const SUMMARY_LENGTH = 220;
const COUNTRY_CODE = /^[a-z]{2}$/i;
/** From this width (the container query of the styles) the facets sit in a column beside the results. */
const WIDE_LAYOUT_REM = 46;
/** What a user can type: the API's URL stays well under every limit. */
const MAX_QUERY_LENGTH = 500;

/** What is searched; `sort` `''` is the default (relevance with text, else newest). */
interface SearchState {
  text: string;
  schemas: string[];
  countries: string[];
  keywords: string[];
  kind: RecordKind;
  page: number;
  sort: SearchSort | '';
}

const EMPTY_STATE: SearchState = { text: '', schemas: [], countries: [], keywords: [], kind: '', page: 1, sort: '' };

interface ResultRecord {
  id: string;
  uid: string;
  schema: string;
  government: string;
  /** the country's name from the index, in the page's language */
  governmentName: string;
  titles: Partial<Record<Locale, string>>;
  summaries: Partial<Record<Locale, string>>;
  updated: Date | null;
  /** highlight snippets of the page language's title and summary */
  titleSnippet?: string;
  summarySnippet?: string;
}

interface SearchResult {
  request: SearchRequest;
  locale: Locale;
  total: number;
  records: ResultRecord[];
  kinds: Map<string, number>;
  schemas: Map<string, number>;
  countries: FacetCount[];
  keywords: FacetCount[];
}

type HistoryMode = 'push' | 'replace' | 'typing' | 'none';

/**
 * A search box over every published ABS record, national and reference, with facets (national or
 * reference, record type, country, keyword), removable filter chips, highlighted results and
 * paging. Free text is matched the way the portal matches it, in the page's language. One index
 * request per settled query (results and facets together), and one for the country names.
 *
 * @tag absch-search
 * @summary Search the ABS Clearing-House, with facets, in any of the six languages.
 *
 * @fires absch-load - Results are shown. `detail`: `{query, total, page}`.
 * @fires absch-error - The search failed. `detail`: `{status, kind, message}`.
 * @fires absch-select - Cancelable. A result was activated. `detail`: `{uid, schema, url}`; cancel it to open the record in place.
 *
 * @csspart base - The whole search.
 * @csspart form - The search form.
 * @csspart input - The search box.
 * @csspart submit - The search button.
 * @csspart kinds - The choice between all, national and reference records.
 * @csspart kind - One of those choices.
 * @csspart facets - The column of facets.
 * @csspart filters - In a narrow container, the disclosure ("Filters") that holds the facets.
 * @csspart facet - One facet (record type, country, keyword).
 * @csspart facet-option - One value of a facet, with its count.
 * @csspart country-filter - The box that finds a country in the country facet.
 * @csspart chips - The selected filters.
 * @csspart chip - One selected filter (a button that removes it).
 * @csspart clear-all - The button that removes every filter.
 * @csspart count - The number of results.
 * @csspart sort - The sort order.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart title - A result's title (a link to the record on the portal).
 * @csspart type - A result's record type.
 * @csspart country - A result's country.
 * @csspart date - A result's date of last update.
 * @csspart uid - A result's unique identifier.
 * @csspart summary - A result's summary snippet.
 * @csspart pager - The paging controls.
 * @csspart previous - The previous-page button.
 * @csspart next - The next-page button.
 * @csspart empty - The message shown when nothing matches.
 * @csspart prompt - The invitation to type (with `require-query`).
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 *
 * @cssprop --absch-font-family - Font (default: inherited from the page).
 * @cssprop --absch-color-text - Text colour (default: inherited).
 * @cssprop --absch-color-muted - Secondary text (record type, country, date, counts).
 * @cssprop --absch-color-link - Links.
 * @cssprop --absch-color-highlight - Background of the matched words.
 * @cssprop --absch-color-border - Separators and boxes.
 * @cssprop --absch-color-surface - Buttons and chips.
 * @cssprop --absch-color-danger - The border of an error message.
 * @cssprop --absch-color-skeleton - Placeholders while loading.
 * @cssprop --absch-color-focus - Focus outline.
 * @cssprop --absch-radius - Corner radius.
 * @cssprop --absch-space-s - Small gap.
 * @cssprop --absch-space-m - Medium gap.
 */
@localized()
export class AbschSearch extends AbschElement {
  static override styles = [baseStyles, searchStyles];

  /** Free text to search. Set by the user's typing once it is settled (after a pause, or Enter). */
  @property() query = '';

  /** Record types to show, space-separated `schema_s` names (`absPermit measure`). Default: every type. */
  @property() schema = '';

  /** Countries to show, space-separated two-letter codes (`ke in`). Default: every country. */
  @property() country = '';

  /** `national` or `reference` records only. Default: both. */
  @property() type = '';

  /** Results per page, 1 to 50. */
  @property({ attribute: 'page-size' }) pageSize = String(DEFAULT_PAGE_SIZE);

  /** `relevance` (default when there is text), `newest` (default without text) or `country`. */
  @property() sort = '';

  /** Keeps the search in the page URL (`#absch-search=…`), so it can be shared and the back button works. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Shows nothing until there is text to search (instead of the newest records). */
  @property({ type: Boolean, attribute: 'require-query' }) requireQuery = false;

  /** Where portal links open: a browsing-context name such as `_blank`. Default: the same tab. */
  @property({ attribute: 'link-target' }) linkTarget = '';

  @state() private current: SearchState = EMPTY_STATE;
  /** The text in the box, searched once settled. */
  @state() private typed = '';
  /** The text of the box that finds a country in the country facet. */
  @state() private countryFilter = '';

  /** Narrow container: the facets fold into a "Filters" disclosure above the results. */
  @state() private narrow = false;
  @state() private filtersOpen = false;

  /** The query as the host last set it (the attribute or property), not as the user typed it. */
  private presetQuery = '';
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private resizeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The current history entry was pushed by a pause in typing: further pauses replace it. */
  private typingEntry = false;
  /** After a page change, focus goes to the top of the new results. */
  private focusResultsOnLoad = false;
  /** After a chip is removed, focus goes to the chip at this index (or the box). */
  private focusChipOnUpdate: number | null = null;

  private readonly results = new Task(this, {
    task: ([text, schemas, countries, keywords, kind, page, pageSize, sort, locale, requireQuery], { signal }) =>
      this.readyToShow(
        this.load(
          { text, schemas: split(schemas), countries: split(countries), keywords: split(keywords), kind, page, pageSize, sort },
          locale,
          requireQuery,
          signal,
        ),
      ),
    // apiBase and appId are arguments only so that changing them searches again.
    args: () => {
      const s = this.current;
      return [
        s.text,
        s.schemas.join(' '),
        s.countries.join(' '),
        s.keywords.join(' '),
        s.kind,
        s.page,
        this.effectivePageSize,
        this.effectiveSort,
        this.locale,
        this.requireQuery,
        this.apiBase,
        this.appId,
      ] as const;
    },
    onComplete: (result) => this.completed(result),
    onError: (error) => {
      if (!isAbort(error)) this.emitError(describeFailure(error));
    },
  });

  /** Country names in six languages, by lower-case code; empty when the list could not be loaded (codes are shown). */
  private readonly countryNames = new Task(this, {
    task: async ([needed], { signal }) => {
      if (!needed) return initialState;
      try {
        const countries = await fetchCountries(this.apiConfig, signal);
        return new Map(countries.map((country) => [country.code.toLowerCase(), country.name]));
      } catch (error) {
        if (isAbort(error)) throw error;
        return new Map<string, Partial<Record<Locale, string>>>();
      }
    },
    args: () => [!this.requireQuery || searchWords(this.current.text).length > 0, this.apiBase, this.appId] as const,
  });

  private get effectivePageSize(): number {
    const value = Number(this.pageSize);
    return Number.isInteger(value) && value >= 1 && value <= MAX_PAGE_SIZE ? value : DEFAULT_PAGE_SIZE;
  }

  private get effectiveSort(): SearchSort {
    const hasText = searchWords(this.current.text).length > 0;
    const sort = this.current.sort || (hasText ? 'relevance' : 'newest');
    return sort === 'relevance' && !hasText ? 'newest' : sort;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onUrlChange);
    window.addEventListener('hashchange', this.onUrlChange);
    // Measured in a task of its own: a re-render inside the callback would be a ResizeObserver loop
    // (an error event on the host page). Not an animation frame: background tabs may get none.
    this.resizeObserver = new ResizeObserver(() => {
      clearTimeout(this.resizeTimer);
      this.resizeTimer = setTimeout(() => this.measure());
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onUrlChange);
    window.removeEventListener('hashchange', this.onUrlChange);
    clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    clearTimeout(this.resizeTimer);
    this.resizeTimer = undefined;
  }

  private measure(): void {
    const width = this.getBoundingClientRect().width;
    // hidden (display: none): keep the last layout
    if (width === 0) return;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const narrow = width < WIDE_LAYOUT_REM * rem;
    if (narrow !== this.narrow) this.narrow = narrow;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('pageSize')) {
      const value = Number(this.pageSize);
      if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
        warn(`page-size="${this.pageSize}" is not a whole number from 1 to ${MAX_PAGE_SIZE}; using ${DEFAULT_PAGE_SIZE}.`);
      }
    }
    if (!this.hasUpdated) {
      if (this.isConnected) this.measure();
      this.presetQuery = this.query;
      const fromUrl = this.syncUrl ? readHashParam(location.hash) : null;
      this.current = fromUrl !== null ? this.fromUrl(decodeState(fromUrl)) : this.presetState(true);
      this.typed = this.current.text;
      if (this.query !== this.current.text) this.query = this.current.text;
      return;
    }
    // The host changed a preset: it replaces that part of the search.
    let next = this.current;
    if (changed.has('query') && this.query !== this.current.text) {
      this.presetQuery = this.query;
      next = { ...next, text: cleanText(this.query), page: 1 };
      this.typed = next.text;
      clearTimeout(this.debounceTimer);
    }
    if (changed.has('schema')) next = { ...next, schemas: parseSchemas(this.schema, true), page: 1 };
    if (changed.has('country')) next = { ...next, countries: parseCountries(this.country, true), page: 1 };
    if (changed.has('type')) next = { ...next, kind: parseKind(this.type, true), page: 1 };
    if (changed.has('sort')) next = { ...next, sort: parseSort(this.sort, true), page: 1 };
    if (next !== this.current) this.commit(next, 'replace');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusChipOnUpdate !== null) {
      const chips = Array.from(this.renderRoot.querySelectorAll<HTMLElement>('[part~=chip]'));
      const target = chips[Math.min(this.focusChipOnUpdate, chips.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('[part~=input]');
      this.focusChipOnUpdate = null;
      target?.focus();
    }
  }

  /** The search the attributes describe (and the one restored when the URL no longer holds ours). */
  private presetState(warnings = false): SearchState {
    return {
      text: cleanText(this.presetQuery),
      schemas: parseSchemas(this.schema, warnings),
      countries: parseCountries(this.country, warnings),
      keywords: [],
      kind: parseKind(this.type, warnings),
      page: 1,
      sort: parseSort(this.sort, warnings),
    };
  }

  private fromUrl(url: UrlState): SearchState {
    return {
      text: cleanText(url.q),
      schemas: parseSchemas(url.schemas.join(' '), false),
      countries: parseCountries(url.countries.join(' '), false),
      keywords: url.keywords.filter((id) => keywordTerm(id) !== undefined),
      kind: parseKind(url.kind, false),
      page: url.page,
      sort: parseSort(url.sort, false),
    };
  }

  private readonly onUrlChange = (): void => {
    if (!this.syncUrl) return;
    const value = readHashParam(location.hash);
    const next = value === null ? this.presetState() : this.fromUrl(decodeState(value));
    if (sameState(next, this.current)) return;
    clearTimeout(this.debounceTimer);
    this.typingEntry = false;
    this.current = next;
    this.typed = next.text;
    this.query = next.text;
  };

  /** Makes `next` the search, and writes it to the URL under `sync-url`. */
  private commit(next: SearchState, mode: HistoryMode): void {
    this.current = next;
    if (!this.syncUrl || mode === 'none') return;
    const value = encodeState(toUrlState(next));
    if ((readHashParam(location.hash) ?? '') === value) {
      if (mode !== 'typing') this.typingEntry = false;
      return;
    }
    const url = new URL(location.href);
    url.hash = writeHashParam(location.hash, value || null);
    try {
      if (mode === 'replace' || (mode === 'typing' && this.typingEntry)) history.replaceState(history.state, '', url.href);
      else history.pushState(history.state, '', url.href);
    } catch {
      // a sandboxed or opaque-origin page refuses history changes: the search still works
    }
    this.typingEntry = mode === 'typing';
  }

  private async load(request: SearchRequest, locale: Locale, requireQuery: boolean, signal: AbortSignal): Promise<SearchResult | typeof initialState> {
    if (requireQuery && searchWords(request.text).length === 0) return initialState;
    // Snippets and summaries are read through DOMPurify: its chunk downloads while the search runs.
    const [answer] = await Promise.all([searchIndex(this.apiConfig, searchQuery(request, locale), signal), loadSanitizer()]);
    return toResult(answer, request, locale);
  }

  private completed(result: SearchResult | typeof initialState): void {
    if (result === initialState) return;
    const { request, total, records } = result;
    const pages = Math.max(1, Math.ceil(total / request.pageSize));
    if (records.length === 0 && total > 0 && request.page > pages) {
      // a page past the end (an old link, fewer records since): show the last one instead
      this.commit({ ...this.current, page: pages }, 'replace');
      return;
    }
    this.emitLoad({ query: request.text, total, page: request.page });
    if (this.focusResultsOnLoad) {
      this.focusResultsOnLoad = false;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~=count]')?.focus());
    }
  }

  // ——— user actions ———

  private onInput(event: InputEvent): void {
    this.typed = (event.target as HTMLInputElement).value;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.settle('typing'), DEBOUNCE_MS);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || this.typed === '') return;
    // Only when there is something to clear: otherwise Escape is the host's (closing a dialog).
    event.preventDefault();
    event.stopPropagation();
    this.typed = '';
    this.settle('push');
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.settle('push');
  }

  /** Searches the typed text now. */
  private settle(mode: 'typing' | 'push'): void {
    clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
    const text = cleanText(this.typed);
    if (text === this.current.text) {
      if (mode !== 'typing') this.typingEntry = false;
      return;
    }
    this.query = text;
    this.commit({ ...this.current, text, page: 1 }, mode);
  }

  private toggle(facet: 'schemas' | 'countries' | 'keywords', value: string): void {
    const values = this.current[facet];
    const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
    this.commit({ ...this.current, [facet]: next, page: 1 }, 'push');
  }

  private removeChip(facet: 'schemas' | 'countries' | 'keywords', value: string, index: number): void {
    this.focusChipOnUpdate = index;
    this.toggle(facet, value);
  }

  private setKind(kind: RecordKind): void {
    // record types of the other kind would match nothing
    const schemas = kind ? this.current.schemas.filter((schema) => RECORD_TYPES[schema]?.type === kind) : this.current.schemas;
    this.commit({ ...this.current, kind, schemas, page: 1 }, 'push');
  }

  private clearFilters(): void {
    this.focusChipOnUpdate = 0;
    this.commit({ ...this.current, schemas: [], countries: [], keywords: [], kind: '', page: 1 }, 'push');
  }

  private setSort(sort: SearchSort): void {
    this.commit({ ...this.current, sort, page: 1 }, 'push');
  }

  private goToPage(page: number): void {
    this.focusResultsOnLoad = true;
    this.commit({ ...this.current, page }, 'push');
  }

  private retry(): void {
    this.renderRoot.querySelector<HTMLElement>('[part~=input]')?.focus();
    void this.results.run();
  }

  // ——— rendering ———

  override render(): TemplateResult {
    const status = this.results.status;
    const busy = status === TaskStatus.PENDING;
    const shown = this.results.value;
    return html`<section part="base" class="search" dir=${this.direction} lang=${this.locale} aria-busy=${busy ? 'true' : 'false'}>
      ${this.renderForm()}
      <div class="visually-hidden" role="status">${status === TaskStatus.COMPLETE && shown ? this.renderAnnouncement(shown) : ''}</div>
      ${this.results.render({
        initial: () => this.renderPrompt(),
        pending: () => (shown ? this.renderResults(shown, true) : this.renderSkeleton()),
        complete: (result) => this.renderResults(result, false),
        error: (error) => this.renderFailure(describeFailure(error), () => this.retry()),
      })}
    </section>`;
  }

  private renderForm(): TemplateResult {
    return html`<form part="form" class="form" role="search" @submit=${this.onSubmit}>
      <label for="input" class="label">${msg('Search the ABS Clearing-House', { id: 'search-label' })}</label>
      <div class="box">
        <input
          id="input"
          part="input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          maxlength=${MAX_QUERY_LENGTH}
          .value=${live(this.typed)}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
        />
        <button part="submit" type="submit">${msg('Search', { id: 'search-submit' })}</button>
      </div>
    </form>`;
  }

  private renderAnnouncement(result: SearchResult): TemplateResult {
    const pages = Math.ceil(result.total / result.request.pageSize);
    return html`<p>${this.countText(result.total, result.request.text)}</p>
      ${pages > 1 && result.request.page > 1 ? html`<p>${this.pageText(result.request.page, pages)}</p>` : nothing}`;
  }

  private renderPrompt(): TemplateResult {
    return html`<p part="prompt" class="prompt">${msg('Type a word, a country or a record number to search.', { id: 'search-prompt' })}</p>`;
  }

  /** The layout of the results, in grey, for the first search. */
  private renderSkeleton(): TemplateResult {
    return html`<div class="layout" aria-hidden="true">
      <div class="facets">
        ${[1, 2, 3].map(() => html`<div class="facet-skeleton"><span class="skeleton line"></span><span class="skeleton line short"></span></div>`)}
      </div>
      <div class="main">
        <span class="skeleton count-line"></span>
        <ul class="results">
          ${Array.from({ length: Math.min(this.effectivePageSize, 5) }, () => html`<li class="result"><span class="skeleton title-line"></span><span class="skeleton line"></span></li>`)}
        </ul>
      </div>
    </div>`;
  }

  private renderResults(result: SearchResult, stale: boolean): TemplateResult {
    const pages = Math.max(1, Math.ceil(result.total / result.request.pageSize));
    return html`${this.renderKinds(result)}
      <div class="layout" ?data-stale=${stale}>
        ${this.renderFacets(result)}
        <div class="main">
          <div class="toolbar">
            <h2 part="count" class="count" tabindex="-1">${this.countText(result.total, result.request.text)}</h2>
            ${this.renderSort(result)}
          </div>
          ${this.renderChips()}
          ${result.records.length
            ? html`<ol part="results" class="results" start=${(result.request.page - 1) * result.request.pageSize + 1}>
                ${result.records.map((record) => this.renderRecord(record, result.locale))}
              </ol>`
            : this.renderEmpty()}
          ${pages > 1 ? this.renderPager(result.request.page, pages) : nothing}
        </div>
      </div>`;
  }

  private renderFacets(result: SearchResult): TemplateResult {
    const label = msg('Filters', { id: 'search-filters' });
    const facets = html`<div part="facets" class="facets" role="group" aria-label=${label}>
      ${this.renderSchemaFacet(result)} ${this.renderCountryFacet(result)} ${this.renderKeywordFacet(result)}
    </div>`;
    if (!this.narrow) return facets;
    const selected = this.current.schemas.length + this.current.countries.length + this.current.keywords.length;
    return html`<details part="filters" class="filters" ?open=${this.filtersOpen} @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}>
      <summary>${label}${selected ? html` <span class="n">${formatNumber(selected, this.locale)}</span>` : nothing}</summary>
      ${facets}
    </details>`;
  }

  private renderKinds(result: SearchResult): TemplateResult {
    const all = [...result.kinds.values()].reduce((sum, n) => sum + n, 0);
    const kinds: [RecordKind, string, number][] = [
      ['', msg('All records', { id: 'search-kind-all' }), all],
      ['national', msg('National records', { id: 'search-kind-national' }), result.kinds.get('national') ?? 0],
      ['reference', msg('Reference records', { id: 'search-kind-reference' }), result.kinds.get('reference') ?? 0],
    ];
    return html`<fieldset part="kinds" class="kinds">
      <legend class="visually-hidden">${msg('Records to show', { id: 'search-kinds' })}</legend>
      ${kinds.map(
        ([kind, label, count]) => html`<label part="kind" class="kind" ?data-checked=${this.current.kind === kind}>
          <input type="radio" name="kind" value=${kind} .checked=${live(this.current.kind === kind)} @change=${() => this.setKind(kind)} />
          <span>${label}</span>
          <span class="n">${formatNumber(count, this.locale)}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  private renderSchemaFacet(result: SearchResult): TemplateResult | typeof nothing {
    const schemas = Object.keys(RECORD_TYPES).filter((schema) => (result.schemas.get(schema) ?? 0) > 0 || this.current.schemas.includes(schema));
    if (schemas.length === 0) return nothing;
    return this.renderFacet(
      'schema',
      msg('Record type', { id: 'search-facet-schema' }),
      schemas.map((schema) => ({ value: schema, label: this.schemaName(schema), count: result.schemas.get(schema) ?? 0 })),
      'schemas',
    );
  }

  private renderCountryFacet(result: SearchResult): TemplateResult | typeof nothing {
    const names = this.countryNames.value;
    const collator = new Intl.Collator(this.locale);
    const counts = new Map(result.countries.map((c) => [c.value, c.count]));
    for (const code of this.current.countries) if (!counts.has(code)) counts.set(code, 0);
    const options = [...counts]
      // region ids and other values that are not a country are left out
      .filter(([code]) => COUNTRY_CODE.test(code) && (!names?.size || names.has(code)))
      .map(([code, count]) => ({ value: code, label: this.countryName(code), count }))
      .sort((a, b) => collator.compare(a.label.text, b.label.text));
    if (options.length === 0) return nothing;
    const filter = fold(this.countryFilter.trim());
    const shown = filter ? options.filter((o) => this.current.countries.includes(o.value) || fold(o.label.text).includes(filter)) : options;
    const findBox =
      options.length > COUNTRY_FILTER_THRESHOLD
        ? html`<div class="find">
            <label for="country-filter">${msg('Find a country', { id: 'search-find-country' })}</label>
            <input
              id="country-filter"
              part="country-filter"
              type="search"
              autocomplete="off"
              .value=${live(this.countryFilter)}
              @input=${(e: InputEvent) => (this.countryFilter = (e.target as HTMLInputElement).value)}
            />
          </div>`
        : nothing;
    return this.renderFacet('country', msg('Country', { id: 'search-facet-country' }), shown, 'countries', findBox);
  }

  private renderKeywordFacet(result: SearchResult): TemplateResult | typeof nothing {
    const counts = new Map(result.keywords.map((k) => [k.value, k.count]));
    for (const id of this.current.keywords) if (!counts.has(id)) counts.set(id, 0);
    const options = [...counts]
      .filter(([id]) => keywordTerm(id) !== undefined)
      .map(([id, count]) => ({ value: id, label: this.keywordName(id), count }))
      .sort((a, b) => b.count - a.count || a.label.text.localeCompare(b.label.text, this.locale));
    if (options.length === 0) return nothing;
    return this.renderFacet('keyword', msg('Keyword', { id: 'search-facet-keyword' }), options, 'keywords');
  }

  private renderFacet(
    name: string,
    legend: string,
    options: { value: string; label: LocalizedText; count: number }[],
    facet: 'schemas' | 'countries' | 'keywords',
    extra: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    const selected = this.current[facet];
    return html`<fieldset part="facet" class="facet" data-facet=${name}>
      <legend>${legend}</legend>
      ${extra}
      <ul class="options">
        ${options.map(
          (option) => html`<li>
            <label part="facet-option" class="option" data-value=${option.value}>
              <input type="checkbox" .checked=${live(selected.includes(option.value))} @change=${() => this.toggle(facet, option.value)} />
              <span class="name" lang=${option.label.fallback ? option.label.lang : nothing}>${option.label.text}</span>
              <span class="n">${formatNumber(option.count, this.locale)}</span>
            </label>
          </li>`,
        )}
      </ul>
    </fieldset>`;
  }

  private renderChips(): TemplateResult | typeof nothing {
    const chips: { facet: 'schemas' | 'countries' | 'keywords'; value: string; label: LocalizedText }[] = [
      ...this.current.schemas.map((value) => ({ facet: 'schemas' as const, value, label: this.schemaName(value) })),
      ...this.current.countries.map((value) => ({ facet: 'countries' as const, value, label: this.countryName(value) })),
      ...this.current.keywords.map((value) => ({ facet: 'keywords' as const, value, label: this.keywordName(value) })),
    ];
    if (chips.length === 0) return nothing;
    return html`<ul part="chips" class="chips" aria-label=${msg('Selected filters', { id: 'search-selected-filters' })}>
      ${chips.map(
        (chip, index) => html`<li>
          <button
            type="button"
            part="chip"
            class="chip"
            data-facet=${chip.facet}
            data-value=${chip.value}
            aria-label=${msg(str`Remove filter: ${chip.label.text}`, { id: 'search-remove-filter' })}
            @click=${() => this.removeChip(chip.facet, chip.value, index)}
          >
            <span lang=${chip.label.fallback ? chip.label.lang : nothing}>${chip.label.text}</span><span aria-hidden="true" class="x">×</span>
          </button>
        </li>`,
      )}
      <li>
        <button type="button" part="clear-all" class="clear-all" @click=${this.clearFilters}>${msg('Clear all filters', { id: 'search-clear-all' })}</button>
      </li>
    </ul>`;
  }

  private renderSort(result: SearchResult): TemplateResult {
    const hasText = searchWords(result.request.text).length > 0;
    const labels: Record<SearchSort, string> = {
      relevance: msg('Relevance', { id: 'search-sort-relevance' }),
      newest: msg('Newest first', { id: 'search-sort-newest' }),
      country: msg('Country', { id: 'search-sort-country' }),
    };
    const sorts = SEARCH_SORTS.filter((sort) => hasText || sort !== 'relevance');
    return html`<label class="sort">
      <span>${msg('Sort by', { id: 'search-sort' })}</span>
      <select part="sort" @change=${(e: Event) => this.setSort((e.target as HTMLSelectElement).value as SearchSort)}>
        ${sorts.map((sort) => html`<option value=${sort} .selected=${live(sort === this.effectiveSort)}>${labels[sort]}</option>`)}
      </select>
    </label>`;
  }

  private renderRecord(record: ResultRecord, locale: Locale): TemplateResult {
    const title = pickText(record.titles, this.locale);
    const url = recordUrl(this.portal, this.locale, record.schema, record.uid);
    const type = this.schemaName(record.schema);
    const country = record.government ? this.governmentName(record) : null;
    const titleSegments = title ? titleHighlight(title, record.titleSnippet, locale) : [{ text: record.uid, mark: false }];
    const summary = this.summarySegments(record, locale);
    return html`<li part="result" class="result" data-uid=${record.uid} data-schema=${record.schema}>
      <h3 part="title" class="title">
        <a
          href=${url}
          target=${this.linkTarget || nothing}
          rel=${this.linkTarget ? 'noopener' : nothing}
          lang=${title?.fallback ? title.lang : nothing}
          dir=${title?.fallback ? directionOf(title.lang) : nothing}
          @click=${(event: MouseEvent) => this.selectRecord(event, { uid: record.uid, schema: record.schema, url })}
          >${renderSegments(titleSegments)}</a
        >
      </h3>
      <p class="meta">
        <span part="type" lang=${type.fallback ? type.lang : nothing}>${type.text}</span>
        ${country ? html`<span part="country" lang=${country.fallback ? country.lang : nothing}>${country.text}</span>` : nothing}
        ${record.updated
          ? html`<time part="date" datetime=${record.updated.toISOString().slice(0, 10)}>${formatDate(record.updated, this.locale)}</time>`
          : nothing}
        <bdi part="uid" class="uid" dir="ltr">${record.uid}</bdi>
      </p>
      ${summary
        ? html`<p part="summary" class="summary" lang=${summary.lang ?? nothing} dir=${summary.lang ? directionOf(summary.lang) : nothing}>
            ${renderSegments(summary.segments)}
          </p>`
        : nothing}
    </li>`;
  }

  private renderEmpty(): TemplateResult {
    const filtered = this.current.schemas.length + this.current.countries.length + this.current.keywords.length > 0 || this.current.kind !== '';
    return html`<div part="empty" class="message" data-kind="empty">
      <p>${msg('No record matches your search.', { id: 'search-no-results' })}</p>
      ${filtered
        ? html`<p>${msg('Removing some filters may help.', { id: 'search-no-results-filters' })}</p>
            <button type="button" @click=${this.clearFilters}>${msg('Clear all filters', { id: 'search-clear-all' })}</button>`
        : nothing}
    </div>`;
  }

  private renderPager(page: number, pages: number): TemplateResult {
    const first = page <= 1;
    const last = page >= pages;
    // aria-disabled rather than disabled: a button that gets disabled under the keyboard loses focus.
    return html`<nav part="pager" class="pager" aria-label=${msg('Pages of results', { id: 'search-pages' })}>
      <button type="button" part="previous" aria-disabled=${first ? 'true' : 'false'} @click=${() => !first && this.goToPage(page - 1)}>
        ${msg('Previous page', { id: 'search-previous' })}
      </button>
      <span class="page">${this.pageText(page, pages)}</span>
      <button type="button" part="next" aria-disabled=${last ? 'true' : 'false'} @click=${() => !last && this.goToPage(page + 1)}>
        ${msg('Next page', { id: 'search-next' })}
      </button>
    </nav>`;
  }

  // ——— texts ———

  private summarySegments(record: ResultRecord, locale: Locale): { segments: Segment[]; lang?: Locale } | null {
    if (record.summarySnippet && locale === this.locale) {
      const segments = snippetSegments(record.summarySnippet);
      if (segments.length) return { segments };
    }
    const summary = pickText(record.summaries, this.locale);
    if (!summary) return null;
    const text = truncate(htmlToText(summary.text), SUMMARY_LENGTH);
    return text ? { segments: [{ text, mark: false }], lang: summary.fallback ? summary.lang : undefined } : null;
  }

  private schemaName(schema: string): LocalizedText {
    return pickText(RECORD_TYPES[schema]?.title, this.locale) ?? { text: schema, lang: this.locale, fallback: false };
  }

  private countryName(code: string): LocalizedText {
    return pickText(this.countryNames.value?.get(code), this.locale) ?? { text: code.toUpperCase(), lang: this.locale, fallback: false };
  }

  private governmentName(record: ResultRecord): LocalizedText {
    return record.governmentName ? { text: record.governmentName, lang: this.locale, fallback: false } : this.countryName(record.government);
  }

  private keywordName(id: string): LocalizedText {
    return pickText(keywordTerm(id)?.title, this.locale) ?? { text: id, lang: this.locale, fallback: false };
  }

  private countText(total: number, text: string): string {
    const n = formatNumber(total, this.locale);
    if (text === '') {
      return selectPlural(total, this.locale, {
        zero: msg(str`${n} results`, { id: 'search-count-zero' }),
        one: msg(str`${n} result`, { id: 'search-count-one' }),
        two: msg(str`${n} results`, { id: 'search-count-two' }),
        few: msg(str`${n} results`, { id: 'search-count-few' }),
        many: msg(str`${n} results`, { id: 'search-count-many' }),
        other: msg(str`${n} results`, { id: 'search-count-other' }),
      });
    }
    // The user's text is isolated (FSI … PDI), so that Latin text in an Arabic sentence, or the
    // reverse, keeps its place and order.
    const query = `\u2068${text}\u2069`;
    return selectPlural(total, this.locale, {
      zero: msg(str`${n} results for “${query}”`, { id: 'search-count-for-zero' }),
      one: msg(str`${n} result for “${query}”`, { id: 'search-count-for-one' }),
      two: msg(str`${n} results for “${query}”`, { id: 'search-count-for-two' }),
      few: msg(str`${n} results for “${query}”`, { id: 'search-count-for-few' }),
      many: msg(str`${n} results for “${query}”`, { id: 'search-count-for-many' }),
      other: msg(str`${n} results for “${query}”`, { id: 'search-count-for-other' }),
    });
  }

  private pageText(page: number, pages: number): string {
    return msg(str`Page ${formatNumber(page, this.locale)} of ${formatNumber(pages, this.locale)}`, { id: 'search-page-of' });
  }
}

// ——— pure helpers ———

function warn(message: string): void {
  console.warn(`<absch-search>: ${message}`);
}

const split = (value: string): string[] => (value === '' ? [] : value.split(' '));


/** White space collapsed, ends trimmed, length capped. */
function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

const SCHEMA_BY_LOWER = new Map(Object.keys(RECORD_TYPES).map((schema) => [schema.toLowerCase(), schema]));

function parseSchemas(value: string, warnings: boolean): string[] {
  const out: string[] = [];
  const unknown: string[] = [];
  for (const word of attributeWords(value)) {
    const schema = SCHEMA_BY_LOWER.get(word.toLowerCase());
    if (schema) {
      if (!out.includes(schema)) out.push(schema);
    } else unknown.push(word);
  }
  if (warnings && unknown.length) warn(`schema has unknown record types (${unknown.join(', ')}); known: ${Object.keys(RECORD_TYPES).join(', ')}.`);
  return out;
}

function parseCountries(value: string, warnings: boolean): string[] {
  const out: string[] = [];
  const wrong: string[] = [];
  for (const word of attributeWords(value)) {
    if (COUNTRY_CODE.test(word)) {
      const code = word.toLowerCase();
      if (!out.includes(code)) out.push(code);
    } else wrong.push(word);
  }
  if (warnings && wrong.length) warn(`country has values that are not two-letter country codes (${wrong.join(', ')}); they are ignored.`);
  return out;
}

function parseKind(value: string, warnings: boolean): RecordKind {
  const kind = value.trim().toLowerCase();
  if (kind === '' || kind === 'all') return '';
  if ((RECORD_KINDS as readonly string[]).includes(kind)) return kind as RecordKind;
  if (warnings) warn(`type="${value}" is neither "national" nor "reference"; showing both.`);
  return '';
}

function parseSort(value: string, warnings: boolean): SearchSort | '' {
  const sort = value.trim().toLowerCase();
  if (sort === '') return '';
  if ((SEARCH_SORTS as readonly string[]).includes(sort)) return sort as SearchSort;
  if (warnings) warn(`sort="${value}" is not one of ${SEARCH_SORTS.join(', ')}; using the default.`);
  return '';
}

function toUrlState(state: SearchState): UrlState {
  return { q: state.text, schemas: state.schemas, countries: state.countries, keywords: state.keywords, kind: state.kind, page: state.page, sort: state.sort };
}

function sameState(a: SearchState, b: SearchState): boolean {
  return encodeState(toUrlState(a)) === encodeState(toUrlState(b));
}

/** Lower case without diacritics, so that "cote" finds "Côte d’Ivoire". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
}

function toResult(answer: SearchAnswer, request: SearchRequest, locale: Locale): SearchResult {
  const hl = highlightFields(locale);
  const governmentField = localizedField('government', locale, 's');
  const records = answer.response.docs.map((doc: IndexDoc): ResultRecord => {
    const id = String(doc[F.id] ?? '');
    const highlights = answer.highlighting[id] ?? {};
    return {
      id,
      uid: String(doc[F.uniqueIdentifier] ?? '').toUpperCase(),
      schema: String(doc[F.schema] ?? ''),
      government: textOf(doc[F.government]) ?? '',
      governmentName: textOf(doc[governmentField]) ?? '',
      titles: Object.fromEntries(LOCALES.map((lang) => [lang, textOf(doc[localizedField('title', lang, 't')])])),
      summaries: Object.fromEntries(LOCALES.map((lang) => [lang, textOf(doc[localizedField('summary', lang, 't')])])),
      updated: parseDate(doc[F.updatedDate]),
      titleSnippet: highlights[hl.title]?.[0],
      summarySnippet: highlights[hl.summary]?.[0],
    };
  });
  const counts = (field: string) => new Map((answer.facets[field] ?? []).map((f) => [f.value, f.count]));
  return {
    request,
    locale,
    total: answer.response.numFound,
    records,
    kinds: counts(SEARCH_FACETS.kind),
    schemas: counts(SEARCH_FACETS.schema),
    countries: answer.facets[SEARCH_FACETS.country] ?? [],
    keywords: answer.facets[SEARCH_FACETS.keyword] ?? [],
  };
}

/**
 * The title with the matched words marked. The API's snippet is used as it is when it holds the
 * whole title; when it is a fragment of a long title, or lost characters of it (the snippet is
 * read as HTML, a title is text: `<b>` in a title is three characters to show), its marked words
 * are marked in the whole title.
 */
function titleHighlight(title: LocalizedText, snippet: string | undefined, locale: Locale): Segment[] {
  if (!snippet || title.lang !== locale) return [{ text: title.text, mark: false }];
  const segments = snippetSegments(snippet);
  if (segmentsText(segments) === title.text) return segments;
  return markWords(
    title.text,
    segments.filter((s) => s.mark).map((s) => s.text),
  );
}

function renderSegments(segments: readonly Segment[]): (TemplateResult | string)[] {
  return segments.map((segment) => (segment.mark ? html`<mark>${segment.text}</mark>` : segment.text));
}
