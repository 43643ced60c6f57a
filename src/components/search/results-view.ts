/**
 * What <absch-search> draws loaded results with: the kinds, facets, chips, sort, records, pager
 * and counts, and the highlighting of snippets (with DOMPurify). A chunk of its own, loaded beside
 * the search's request (base/lazy-module.ts). It draws from the result (which holds the country
 * names) and the element's `ResultsHost`, and derives everything else itself.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { recordUrl } from '../../api/portal-links.js';
import { SEARCH_SORTS, searchWords, type RecordKind, type SearchSort } from '../../api/queries/search.js';
import type { AbschSelectDetail } from '../../base/events.js';
import { heading, type HeadingLevel } from '../../base/heading.js';
import { keywordTerm } from '../../data/keyword-terms.js';
import { RECORD_TYPES } from '../../data/record-types.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { directionOf, type Locale } from '../../i18n/locale.js';
import { pickIndexedText, pickText, type LocalizedText } from '../../i18n/lstring.js';
import { selectPlural } from '../../i18n/plural.js';
import { htmlToText, markWords, segmentsText, snippetSegments, truncate, type Segment } from './highlight.js';
import { COUNTRY_CODE, type CountryNames, type ResultRecord, type SearchFacet, type SearchResult, type SearchState } from './search-data.js';

/** More countries than this in the facet: a box to find one. */
const COUNTRY_FILTER_THRESHOLD = 10;
/** Characters of a summary shown when the API highlighted nothing in it. */
const SUMMARY_LENGTH = 220;

/** What the results are drawn from besides the result: the element's state, and what its controls call. */
export interface ResultsHost {
  readonly locale: Locale;
  /** the portal that result links point to */
  readonly portal: string;
  readonly linkTarget: string;
  readonly current: SearchState;
  /** the sort in effect: the chosen one, or the default for the text */
  readonly sort: SearchSort;
  /** these are the previous results, greyed while the next ones load */
  readonly pending: boolean;
  /** the text of the box that finds a country in the country facet */
  readonly countryFilter: string;
  /** narrow container: the facets fold into a "Filters" disclosure */
  readonly narrow: boolean;
  readonly filtersOpen: boolean;
  /** per facet, the option that holds the facet's one tab stop (roving tabindex) */
  readonly activeOptions: Readonly<Partial<Record<SearchFacet, string>>>;
  /** heading level of the count; each result's title is one level below */
  readonly headingLevel: HeadingLevel;
  readonly onActiveOption: (facet: SearchFacet, value: string) => void;
  readonly onToggle: (facet: SearchFacet, value: string) => void;
  readonly onRemoveChip: (facet: SearchFacet, value: string, index: number) => void;
  readonly onClearFilters: () => void;
  readonly onKind: (kind: RecordKind) => void;
  readonly onSort: (sort: SearchSort) => void;
  readonly onPage: (page: number) => void;
  readonly onFiltersToggle: (open: boolean) => void;
  readonly onCountryFilter: (text: string) => void;
  readonly onSelect: (event: MouseEvent, detail: AbschSelectDetail) => void;
}

/** What the status region says once results are shown: the count, and the page after the first. */
export function announce(result: SearchResult, host: ResultsHost): string {
  const pages = Math.ceil(result.total / result.request.pageSize);
  const count = countText(result.total, result.request.text, host.locale);
  return pages > 1 && result.request.page > 1 ? `${count} ${pageText(result.request.page, pages, host.locale)}` : count;
}

/** The results, or the previous ones greyed (`host.pending`) while the next ones load. */
export function render(result: SearchResult, host: ResultsHost): TemplateResult {
  const pages = Math.max(1, Math.ceil(result.total / result.request.pageSize));
  return html`<a part="skip" class="skip" href="#results" @click=${skipToResults}>${msg('Skip to results', { id: 'search-skip' })}</a>
    ${renderKinds(result, host)}
    <div class="layout" ?data-stale=${host.pending}>
      ${renderFacets(result, host)}
      <div class="main">
        <div class="toolbar">
          ${heading(host.headingLevel, 0, { part: 'count', id: 'results', class: 'count', tabindex: '-1' }, countText(result.total, result.request.text, host.locale))}
          ${renderSort(result, host)}
        </div>
        ${renderChips(result.countryNames, host)}
        ${result.records.length
          ? html`<ol part="results" class="results" start=${(result.request.page - 1) * result.request.pageSize + 1}>
              ${result.records.map((record) => renderRecord(record, result, host))}
            </ol>`
          : renderEmpty(host)}
        ${pages > 1 ? renderPager(result.request.page, pages, host) : nothing}
      </div>
    </div>`;
}

/** The skip link's target (the count, #results) is in the shadow tree, where a fragment does not reach: focus is moved by script. */
function skipToResults(event: MouseEvent): void {
  event.preventDefault();
  ((event.currentTarget as Element).getRootNode() as ParentNode).querySelector<HTMLElement>('[part~=count]')?.focus();
}

function renderFacets(result: SearchResult, host: ResultsHost): TemplateResult {
  const label = msg('Filters', { id: 'search-filters' });
  const facets = html`<div part="facets" class="facets" role="group" aria-label=${label}>
    ${renderSchemaFacet(result, host)} ${renderCountryFacet(result, host)} ${renderKeywordFacet(result, host)}
  </div>`;
  if (!host.narrow) return facets;
  const { current } = host;
  const selected = current.schemas.length + current.countries.length + current.keywords.length;
  return html`<details part="filters" class="filters" ?open=${host.filtersOpen} @toggle=${(e: Event) => host.onFiltersToggle((e.target as HTMLDetailsElement).open)}>
    <summary>${label}${selected ? html` <span class="n">${formatNumber(selected, host.locale)}</span>` : nothing}</summary>
    ${facets}
  </details>`;
}

function renderKinds(result: SearchResult, host: ResultsHost): TemplateResult {
  const all = [...result.kinds.values()].reduce((sum, n) => sum + n, 0);
  const kinds: [RecordKind, string, number][] = [
    ['', msg('All records', { id: 'search-kind-all' }), all],
    ['national', msg('National records', { id: 'search-kind-national' }), result.kinds.get('national') ?? 0],
    ['reference', msg('Reference records', { id: 'search-kind-reference' }), result.kinds.get('reference') ?? 0],
  ];
  return html`<fieldset part="kinds" class="kinds">
    <legend class="visually-hidden">${msg('Records to show', { id: 'search-kinds' })}</legend>
    ${kinds.map(
      ([kind, label, count]) => html`<label part="kind" class="kind" ?data-checked=${host.current.kind === kind}>
        <input type="radio" name="kind" value=${kind} .checked=${live(host.current.kind === kind)} @change=${() => host.onKind(kind)} />
        <span>${label}</span>
        <span class="n">${formatNumber(count, host.locale)}</span>
      </label>`,
    )}
  </fieldset>`;
}

function renderSchemaFacet(result: SearchResult, host: ResultsHost): TemplateResult | typeof nothing {
  const schemas = Object.keys(RECORD_TYPES).filter((schema) => (result.schemas.get(schema) ?? 0) > 0 || host.current.schemas.includes(schema));
  if (schemas.length === 0) return nothing;
  return renderFacet(
    'schema',
    msg('Record type', { id: 'search-facet-schema' }),
    schemas.map((schema) => ({ value: schema, label: schemaName(schema, host.locale), count: result.schemas.get(schema) ?? 0 })),
    'schemas',
    host,
  );
}

function renderCountryFacet(result: SearchResult, host: ResultsHost): TemplateResult | typeof nothing {
  const names = result.countryNames;
  const collator = new Intl.Collator(host.locale);
  const counts = new Map(result.countries.map((c) => [c.value, c.count]));
  for (const code of host.current.countries) if (!counts.has(code)) counts.set(code, 0);
  const options = [...counts]
    // region ids and other values that are not a country are left out
    .filter(([code]) => COUNTRY_CODE.test(code) && (!names.size || names.has(code)))
    .map(([code, count]) => ({ value: code, label: countryName(code, names, host.locale), count }))
    .sort((a, b) => collator.compare(a.label.text, b.label.text));
  if (options.length === 0) return nothing;
  const filter = fold(host.countryFilter.trim());
  const shown = filter ? options.filter((o) => host.current.countries.includes(o.value) || fold(o.label.text).includes(filter)) : options;
  const findBox =
    options.length > COUNTRY_FILTER_THRESHOLD
      ? html`<div class="find">
          <label for="country-filter">${msg('Find a country', { id: 'search-find-country' })}</label>
          <input
            id="country-filter"
            part="country-filter"
            type="search"
            autocomplete="off"
            .value=${live(host.countryFilter)}
            @input=${(e: InputEvent) => host.onCountryFilter((e.target as HTMLInputElement).value)}
          />
        </div>`
      : nothing;
  return renderFacet('country', msg('Country', { id: 'search-facet-country' }), shown, 'countries', host, findBox);
}

function renderKeywordFacet(result: SearchResult, host: ResultsHost): TemplateResult | typeof nothing {
  const counts = new Map(result.keywords.map((k) => [k.value, k.count]));
  for (const id of host.current.keywords) if (!counts.has(id)) counts.set(id, 0);
  const options = [...counts]
    .filter(([id]) => keywordTerm(id) !== undefined)
    .map(([id, count]) => ({ value: id, label: keywordName(id, host.locale), count }))
    .sort((a, b) => b.count - a.count || a.label.text.localeCompare(b.label.text, host.locale));
  if (options.length === 0) return nothing;
  return renderFacet('keyword', msg('Keyword', { id: 'search-facet-keyword' }), options, 'keywords', host);
}

/**
 * One facet: a multi-select listbox, one tab stop (roving tabindex), arrow keys, Home and End inside,
 * Space or Enter to toggle an option (the WAI-ARIA listbox pattern), so that 160 countries cost one
 * Tab press, not 160.
 */
function renderFacet(
  name: string,
  legend: string,
  options: { value: string; label: LocalizedText; count: number }[],
  facet: SearchFacet,
  host: ResultsHost,
  extra: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const selected = host.current[facet];
  const wanted = host.activeOptions[facet];
  const tabStop = options.find((o) => o.value === wanted)?.value ?? options.find((o) => selected.includes(o.value))?.value ?? options[0]?.value;
  const onKeydown = (event: KeyboardEvent) => moveInFacet(event, facet, host);
  return html`<fieldset part="facet" class="facet" data-facet=${name}>
    <legend id="facet-${name}">${legend}</legend>
    ${extra}
    ${options.length
      ? html`<ul class="options" role="listbox" aria-multiselectable="true" aria-labelledby="facet-${name}" @keydown=${onKeydown}>
          ${repeat(
            options,
            (option) => option.value,
            (option) => html`<li
              role="option"
              part="facet-option"
              class="option"
              data-value=${option.value}
              aria-selected=${selected.includes(option.value) ? 'true' : 'false'}
              tabindex=${option.value === tabStop ? '0' : '-1'}
              @click=${() => {
                host.onActiveOption(facet, option.value);
                host.onToggle(facet, option.value);
              }}
            >
              <span class="check" aria-hidden="true"></span>
              <span class="name" lang=${option.label.fallback ? option.label.lang : nothing}>${option.label.text}</span>
              <span class="n">${formatNumber(option.count, host.locale)}</span>
            </li>`,
          )}
        </ul>`
      : nothing}
  </fieldset>`;
}

/** Letters typed within this pause of each other make one prefix to find an option by (type-ahead). */
const TYPE_AHEAD_MS = 600;
/** What has been typed in a facet, and when: one keyboard types into one listbox at a time. */
let typedAhead = { text: '', at: -Infinity };

/**
 * The listbox's keys: arrows, Home and End move the focus (and the tab stop) among the options, Space
 * and Enter toggle, and letters go to the next option whose name starts with them ("ke": Kenya).
 */
function moveInFacet(event: KeyboardEvent, facet: SearchFacet, host: ResultsHost): void {
  const option = (event.target as Element).closest<HTMLElement>('[role=option]');
  if (!option || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === ' ' || event.key === 'Enter') {
    event.preventDefault();
    host.onActiveOption(facet, option.dataset.value!);
    host.onToggle(facet, option.dataset.value!);
    return;
  }
  const options = Array.from((event.currentTarget as Element).querySelectorAll<HTMLElement>('[role=option]'));
  const index = options.indexOf(option);
  const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: options.length - 1 };
  const next = event.key in moves ? options[Math.max(0, Math.min(options.length - 1, moves[event.key]))] : typeAhead(event, options, index);
  if (!next) return;
  // the page does not scroll under the keys the list uses, even at its ends
  event.preventDefault();
  host.onActiveOption(facet, next.dataset.value!);
  next.focus();
}

/** The option a typed letter leads to: the next one (from the focused one, round) whose name starts with what was typed. */
function typeAhead(event: KeyboardEvent, options: HTMLElement[], index: number): HTMLElement | undefined {
  if ([...event.key].length !== 1) return undefined;
  const going = event.timeStamp - typedAhead.at < TYPE_AHEAD_MS;
  typedAhead = { text: going ? typedAhead.text + event.key : event.key, at: event.timeStamp };
  const prefix = fold(typedAhead.text);
  // a first letter moves on from the focused option; more letters may keep it
  const start = going ? index : index + 1;
  const round = [...options.slice(start), ...options.slice(0, start)];
  return round.find((o) => fold(o.querySelector('.name')?.textContent?.trim() ?? '').startsWith(prefix));
}

function renderChips(names: CountryNames, host: ResultsHost): TemplateResult | typeof nothing {
  const { current, locale } = host;
  const chips: { facet: SearchFacet; value: string; label: LocalizedText }[] = [
    ...current.schemas.map((value) => ({ facet: 'schemas' as const, value, label: schemaName(value, locale) })),
    ...current.countries.map((value) => ({ facet: 'countries' as const, value, label: countryName(value, names, locale) })),
    ...current.keywords.map((value) => ({ facet: 'keywords' as const, value, label: keywordName(value, locale) })),
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
          @click=${() => host.onRemoveChip(chip.facet, chip.value, index)}
        >
          <span lang=${chip.label.fallback ? chip.label.lang : nothing}>${chip.label.text}</span><span aria-hidden="true" class="x">×</span>
        </button>
      </li>`,
    )}
    <li>
      <button type="button" part="clear-all" class="clear-all" @click=${host.onClearFilters}>${msg('Clear all filters', { id: 'search-clear-all' })}</button>
    </li>
  </ul>`;
}

function renderSort(result: SearchResult, host: ResultsHost): TemplateResult {
  const hasText = searchWords(result.request.text).length > 0;
  const labels: Record<SearchSort, string> = {
    relevance: msg('Relevance', { id: 'search-sort-relevance' }),
    newest: msg('Newest first', { id: 'search-sort-newest' }),
    country: msg('Country', { id: 'search-sort-country' }),
  };
  const sorts = SEARCH_SORTS.filter((sort) => hasText || sort !== 'relevance');
  return html`<label class="sort">
    <span>${msg('Sort by', { id: 'search-sort' })}</span>
    <select part="sort" @change=${(e: Event) => host.onSort((e.target as HTMLSelectElement).value as SearchSort)}>
      ${sorts.map((sort) => html`<option value=${sort} .selected=${live(sort === host.sort)}>${labels[sort]}</option>`)}
    </select>
  </label>`;
}

/** `result.locale`: the language the search ran in, that of its highlight snippets. */
function renderRecord(record: ResultRecord, { locale, countryNames }: SearchResult, host: ResultsHost): TemplateResult {
  const title = pickIndexedText(record.titles, host.locale);
  const url = recordUrl(host.portal, host.locale, record.schema, record.uid);
  const type = schemaName(record.schema, host.locale);
  const country = record.government ? governmentName(record, countryNames, host.locale) : null;
  const titleSegments = title ? titleHighlight(title, record.titleSnippet, record.titles[locale]) : [{ text: record.uid, mark: false }];
  const summary = summarySegments(record, locale, host.locale);
  return html`<li part="result" class="result" data-uid=${record.uid} data-schema=${record.schema}>
    ${heading(
      host.headingLevel,
      1,
      { part: 'title', class: 'title' },
      html`<a
        href=${url}
        target=${host.linkTarget || nothing}
        rel=${host.linkTarget ? 'noopener' : nothing}
        lang=${title?.fallback ? title.lang : nothing}
        dir=${title?.fallback ? directionOf(title.lang) : nothing}
        @click=${(event: MouseEvent) => host.onSelect(event, { uid: record.uid, schema: record.schema, url })}
        >${renderSegments(titleSegments)}</a
      >`,
    )}
    <p class="meta">
      <span part="type" lang=${type.fallback ? type.lang : nothing}>${type.text}</span>
      ${country ? html`<span part="country" lang=${country.fallback ? country.lang : nothing}>${country.text}</span>` : nothing}
      ${record.updated
        ? html`<time part="date" datetime=${record.updated.toISOString().slice(0, 10)}>${formatDate(record.updated, host.locale)}</time>`
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

function renderEmpty(host: ResultsHost): TemplateResult {
  const { current } = host;
  const filtered = current.schemas.length + current.countries.length + current.keywords.length > 0 || current.kind !== '';
  return html`<div part="empty" class="message" data-kind="empty">
    <p>${msg('No record matches your search.', { id: 'search-no-results' })}</p>
    ${filtered
      ? html`<p>${msg('Removing some filters may help.', { id: 'search-no-results-filters' })}</p>
          <button type="button" @click=${host.onClearFilters}>${msg('Clear all filters', { id: 'search-clear-all' })}</button>`
      : nothing}
  </div>`;
}

function renderPager(page: number, pages: number, host: ResultsHost): TemplateResult {
  const first = page <= 1;
  const last = page >= pages;
  // aria-disabled rather than disabled: a button that gets disabled under the keyboard loses focus.
  return html`<nav part="pager" class="pager" aria-label=${msg('Pages of results', { id: 'search-pages' })}>
    <button type="button" part="previous" aria-disabled=${first ? 'true' : 'false'} @click=${() => !first && host.onPage(page - 1)}>
      ${msg('Previous page', { id: 'search-previous' })}
    </button>
    <span class="page">${pageText(page, pages, host.locale)}</span>
    <button type="button" part="next" aria-disabled=${last ? 'true' : 'false'} @click=${() => !last && host.onPage(page + 1)}>
      ${msg('Next page', { id: 'search-next' })}
    </button>
  </nav>`;
}

// ——— texts ———

/** `locale`: the language the search ran in; `shown`: the element's. */
function summarySegments(record: ResultRecord, locale: Locale, shown: Locale): { segments: Segment[]; lang?: Locale } | null {
  const summary = pickIndexedText(record.summaries, shown);
  if (!summary) return null;
  if (record.summarySnippet && locale === shown) {
    // The snippet is of the shown language's field, which may hold the English text as a fallback.
    const segments = snippetSegments(record.summarySnippet);
    if (segments.length) return { segments, lang: summary.fallback ? summary.lang : undefined };
  }
  const text = truncate(htmlToText(summary.text), SUMMARY_LENGTH);
  return text ? { segments: [{ text, mark: false }], lang: summary.fallback ? summary.lang : undefined } : null;
}

function schemaName(schema: string, locale: Locale): LocalizedText {
  return pickText(RECORD_TYPES[schema]?.title, locale) ?? { text: schema, lang: locale, fallback: false };
}

function countryName(code: string, names: CountryNames, locale: Locale): LocalizedText {
  return pickText(names.get(code), locale) ?? { text: code.toUpperCase(), lang: locale, fallback: false };
}

export function governmentName(record: ResultRecord, names: CountryNames, locale: Locale): LocalizedText {
  return record.governmentName ? { text: record.governmentName, lang: locale, fallback: false } : countryName(record.government, names, locale);
}

function keywordName(id: string, locale: Locale): LocalizedText {
  return pickText(keywordTerm(id)?.title, locale) ?? { text: id, lang: locale, fallback: false };
}

export function countText(total: number, text: string, locale: Locale): string {
  const n = formatNumber(total, locale);
  if (text === '') {
    return selectPlural(total, locale, {
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
  return selectPlural(total, locale, {
    zero: msg(str`${n} results for “${query}”`, { id: 'search-count-for-zero' }),
    one: msg(str`${n} result for “${query}”`, { id: 'search-count-for-one' }),
    two: msg(str`${n} results for “${query}”`, { id: 'search-count-for-two' }),
    few: msg(str`${n} results for “${query}”`, { id: 'search-count-for-few' }),
    many: msg(str`${n} results for “${query}”`, { id: 'search-count-for-many' }),
    other: msg(str`${n} results for “${query}”`, { id: 'search-count-for-other' }),
  });
}

function pageText(page: number, pages: number, locale: Locale): string {
  return msg(str`Page ${formatNumber(page, locale)} of ${formatNumber(pages, locale)}`, { id: 'search-page-of' });
}

/** Lower case without diacritics, so that "cote" finds "Côte d’Ivoire". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The title with the matched words marked. The API's snippet is used as it is when it holds the
 * whole title; when it is a fragment of a long title, or lost characters of it (the snippet is
 * read as HTML, a title is text: `<b>` in a title is three characters to show), its marked words
 * are marked in the whole title. `highlighted`: the text of the field the snippet is of (the search's
 * language), which may be the English title the index filled in.
 */
function titleHighlight(title: LocalizedText, snippet: string | undefined, highlighted: string | undefined): Segment[] {
  if (!snippet || highlighted !== title.text) return [{ text: title.text, mark: false }];
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
