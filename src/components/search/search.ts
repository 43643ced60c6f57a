import { msg } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { RECORD_KINDS, SEARCH_SORTS, searchWords, type RecordKind, type SearchRequest, type SearchSort } from '../../api/queries/search.js';
import { fetchSearchPage } from '../../api/search-endpoints.js';
import { attributeWords } from '../../base/attribute-values.js';
import { withSanitizer } from '../../base/dompurify.js';
import type { AbschLoadDetail } from '../../base/events.js';
import { headingLevel } from '../../base/heading.js';
import { lazyModule } from '../../base/lazy-module.js';
import { fieldStyles } from '../../base/field-styles.js';
import { baseStyles } from '../../base/styles.js';
import { AbschViewElement } from '../../base/view-element.js';
import { linkTarget } from '../../base/link-target.js';
import { keywordTerm } from '../../data/keyword-terms.js';
import { RECORD_TYPES } from '../../data/record-types.js';
import type { Locale } from '../../i18n/locale.js';
import type { ResultsHost } from './results-view.js';
import { COUNTRY_CODE, toResult, type SearchFacet, type SearchResult, type SearchState } from './search-data.js';
import { searchStyles } from './search.styles.js';
import { decodeState, encodeState, readHashParam, writeHashParam, type UrlState } from './url-state.js';

// Snippets and summaries are read through DOMPurify: its chunk downloads with the view's, beside the search.
const resultsView = lazyModule(() => withSanitizer(import('./results-view.js')));

/** Pause in typing after which the text is searched. */
export const DEBOUNCE_MS = 300;
const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 50;
const DEFAULT_HEADING_LEVEL = 2;
/** From this width (the container query of the styles) the facets sit in a column beside the results. */
const WIDE_LAYOUT_REM = 46;
/** What a user can type: the API's URL stays well under every limit. */
const MAX_QUERY_LENGTH = 500;

const EMPTY_STATE: SearchState = { text: '', schemas: [], countries: [], keywords: [], kind: '', page: 1, sort: '' };

type HistoryMode = 'push' | 'replace' | 'typing' | 'none';

/** What a search depends on; the facet values are space-joined, so that an equal selection is an equal argument. */
type SearchArgs = readonly [
  requireQuery: boolean,
  text: string,
  schemas: string,
  countries: string,
  keywords: string,
  kind: RecordKind,
  page: number,
  pageSize: number,
  sort: SearchSort,
  locale: Locale,
  ...config: unknown[],
];

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
 * @csspart skip - The "Skip to results" link, shown when it has focus: past the kinds and facets to the results' heading.
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
 */
export class AbschSearch extends AbschViewElement<SearchArgs, SearchResult, ResultsHost> {
  static override styles = [baseStyles, fieldStyles, searchStyles];

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

  /** Where portal links open: `_blank` or another window name; anything else is ignored, with a warning. Default: the same tab. */
  @property({ attribute: 'link-target' }) linkTarget = '';

  /** The level of the results' heading (the count), 1 to 6, so that it fits under the page's own headings; each result's title is one level below. Default: 2. */
  @property({ attribute: 'heading-level' }) headingLevel = '';

  @state() private current: SearchState = EMPTY_STATE;
  /** The text in the box, searched once settled. */
  @state() private typed = '';
  /** The text of the box that finds a country in the country facet. */
  @state() private countryFilter = '';

  /** Narrow container: the facets fold into a "Filters" disclosure above the results. */
  @state() private narrow = false;
  @state() private filtersOpen = false;
  /** Per facet, the option that holds its one tab stop: the last one the keyboard or the mouse was on. */
  @state() private activeOptions: Partial<Record<SearchFacet, string>> = {};

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

  protected readonly viewModule = resultsView;
  protected readonly baseClass = 'search';

  // apiBase, appId and realm are arguments only so that changing them searches again.
  protected loadArgs(): SearchArgs {
    const s = this.current;
    return [
      this.requireQuery,
      s.text,
      s.schemas.join(' '),
      s.countries.join(' '),
      s.keywords.join(' '),
      s.kind,
      s.page,
      this.effectivePageSize,
      this.effectiveSort,
      this.locale,
      this.apiBase,
      this.appId,
      this.realm,
    ] as const;
  }

  /** The prompt (`require-query` and no text) needs no request, and no view: nothing more is downloaded until there is text. */
  protected override wantsLoad([requireQuery, text]: SearchArgs): boolean {
    return !requireQuery || searchWords(text).length > 0;
  }

  protected async loadData([, text, schemas, countries, keywords, kind, page, pageSize, sort, locale]: SearchArgs, signal: AbortSignal): Promise<SearchResult> {
    const request: SearchRequest = { text, schemas: split(schemas), countries: split(countries), keywords: split(keywords), kind, page, pageSize, sort };
    // The country names come with the answer, so that the country facet never shows codes and then jumps to names.
    const answer = await fetchSearchPage(this.apiConfig, request, locale, signal);
    const result = toResult(answer, request, locale, answer.countryNames);
    const pages = Math.max(1, Math.ceil(result.total / pageSize));
    if (result.records.length === 0 && result.total > 0 && page > pages) {
      // A page past the end (an old link, fewer records since): the last one is asked for instead,
      // and this load gives way to that one, which the new page starts (the task aborts this one).
      this.commit({ ...this.current, page: pages }, 'replace');
      return untilAborted(signal);
    }
    return result;
  }

  protected loadDetail({ request, total }: SearchResult): AbschLoadDetail {
    return { query: request.text, total, page: request.page };
  }

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
    if (changed.has('linkTarget')) linkTarget(this.linkTarget, this.localName);
    if (changed.has('headingLevel')) headingLevel(this.headingLevel, DEFAULT_HEADING_LEVEL, this.localName);
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
    if (this.focusResultsOnLoad && this.loading.status === TaskStatus.COMPLETE) {
      this.focusResultsOnLoad = false;
      this.renderRoot.querySelector<HTMLElement>('[part~=count]')?.focus();
    }
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

  private toggle(facet: SearchFacet, value: string): void {
    const values = this.current[facet];
    const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
    this.commit({ ...this.current, [facet]: next, page: 1 }, 'push');
  }

  private removeChip(facet: SearchFacet, value: string, index: number): void {
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

  /** Searches again, with focus in the box (the retry button goes away). */
  protected override retry(): void {
    this.renderRoot.querySelector<HTMLElement>('[part~=input]')?.focus();
    void this.loading.run();
  }

  // ——— rendering ———

  /** The number of results, said once per search (the request, which leaves the language out, is the key). */
  protected override announce(): unknown {
    const { status, value } = this.loading;
    if (status !== TaskStatus.COMPLETE || !value) return super.announce();
    const { data, view } = value;
    return this.announcement(JSON.stringify(data.request), () => view.announce?.(data, this.viewHost()) ?? '');
  }

  /** What the results view reads and calls: the state it draws and the actions of its controls. */
  protected viewHost(): ResultsHost {
    return {
      locale: this.locale,
      portal: this.portal,
      linkTarget: linkTarget(this.linkTarget),
      current: this.current,
      sort: this.effectiveSort,
      pending: false,
      countryFilter: this.countryFilter,
      narrow: this.narrow,
      filtersOpen: this.filtersOpen,
      activeOptions: this.activeOptions,
      headingLevel: headingLevel(this.headingLevel, DEFAULT_HEADING_LEVEL),
      onActiveOption: (facet, value) => (this.activeOptions = { ...this.activeOptions, [facet]: value }),
      onToggle: (facet, value) => this.toggle(facet, value),
      onRemoveChip: (facet, value, index) => this.removeChip(facet, value, index),
      onClearFilters: () => this.clearFilters(),
      onKind: (kind) => this.setKind(kind),
      onSort: (sort) => this.setSort(sort),
      onPage: (page) => this.goToPage(page),
      onFiltersToggle: (open) => (this.filtersOpen = open),
      onCountryFilter: (text) => (this.countryFilter = text),
      onSelect: (event, detail) => this.selectRecord(event, detail),
    };
  }

  /** The prompt while `require-query` waits for text. */
  protected override renderInitial(): TemplateResult {
    return this.wantsLoad(this.loadArgs()) ? this.renderSkeleton() : this.renderPrompt();
  }

  /** The last results stay in view, greyed, while the next ones load; the skeleton for the first search. */
  protected override renderPending(): TemplateResult {
    const last = this.loading.value;
    return last ? this.renderLoaded(last, { ...this.viewHost(), pending: true }) : this.renderSkeleton();
  }

  /** The search box, above the results in every state. */
  protected override renderBefore(): TemplateResult {
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

  private renderPrompt(): TemplateResult {
    return html`<p part="prompt" class="prompt">${msg('Type a word, a country or a record number to search.', { id: 'search-prompt' })}</p>`;
  }

  /**
   * The layout of the results, in grey, for the first search, as tall as what it stands for: the
   * choice of kinds, a full page of results (title, details, two lines of summary), the pager; the
   * facets beside them, or in a narrow container the one line of the closed "Filters" disclosure.
   */
  protected renderSkeleton(): TemplateResult {
    return html`<span class="skeleton kinds-line" aria-hidden="true"></span>
      <div class="layout" aria-hidden="true">
        <div class="facets">
          ${[1, 2, 3].map(() => html`<div class="facet-skeleton"><span class="skeleton line"></span><span class="skeleton line short"></span></div>`)}
        </div>
        <div class="main">
          <span class="skeleton count-line"></span>
          <ul class="results">
            ${Array.from(
              { length: this.effectivePageSize },
              () =>
                html`<li class="result">
                  <span class="skeleton title-line"></span><span class="skeleton meta-line"></span><span class="skeleton line"></span
                  ><span class="skeleton line short"></span>
                </li>`,
            )}
          </ul>
          <span class="skeleton pager-line"></span>
        </div>
      </div>`;
  }
}

// ——— pure helpers ———

function warn(message: string): void {
  console.warn(`<absch-search>: ${message}`);
}

const split = (value: string): string[] => (value === '' ? [] : value.split(' '));

/** Never resolves; rejects when `signal` aborts: a load that gives way to the one its state change starts. */
function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason as Error);
    else signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
  });
}

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
