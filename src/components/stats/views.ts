/**
 * The seven charts as data: which query each sends, how its answer becomes bars (`loadStats`,
 * language-free, so a change of language needs no request), and the words each shows
 * (`chartModel`, per language).
 */
import { msg, str } from '@lit/localize';
import type { ApiConfig } from '../../api/client.js';
import { fetchCountries } from '../../api/endpoints.js';
import { NATIONAL_SCHEMAS } from '../../api/fields.js';
import { partyStatus } from '../../api/party-status.js';
import { PURPOSES, purposeKey, REFERENCE_SCHEMAS, STATS_KEYS, irccYears, statsQuery, yearKey, type Purpose, type StatsFilters, type StatsView } from '../../api/queries/stats.js';
import { facetField, facetPivot, facetQuery, fetchStats, type StatsCount } from '../../api/stats-endpoints.js';
import type { Country } from '../../api/types.js';
import { KEYWORD_TERMS } from '../../data/keyword-terms.js';
import { RECORD_TYPES } from '../../data/record-types.js';
import { formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { pickText } from '../../i18n/lstring.js';
import { selectPlural } from '../../i18n/plural.js';

/** One category: its key (a record type, a government code, a term id, a purpose, a year) and one count per series. */
export interface StatsItem {
  key: string;
  values: number[];
}

/** What a chart's one or two requests gave, in no language. */
export interface StatsData {
  view: StatsView;
  items: StatsItem[];
  /** per series: the documents counted (not the sum of the bars where a document has several values) */
  totals: number[];
  /** lower-case code → country, for the views that name governments */
  countries?: Map<string, Country>;
  filters: StatsFilters;
}

/** Views whose categories are sorted by count and may be capped by `limit`. */
const RANKED: ReadonlySet<StatsView> = new Set(['ircc-by-country', 'ircc-by-subject', 'cpc-by-country']);
/** Views that need the countries (names or Party status). */
const NEEDS_COUNTRIES: ReadonlySet<StatsView> = new Set(['publishers-by-type', 'ircc-by-country', 'cpc-by-country']);
export const OTHER_KEY = '__other';

/** The requests a view sends: one index query, plus the countries (shared with every element) where names or Party status are needed. */
export async function loadStats(view: StatsView, filters: StatsFilters, config: ApiConfig, now: Date, signal: AbortSignal): Promise<StatsData> {
  const [answer, list] = await Promise.all([
    fetchStats(config, statsQuery(view, filters, now), signal),
    NEEDS_COUNTRIES.has(view) ? fetchCountries(config, signal) : undefined,
  ]);
  const countries = list && new Map(list.map((country) => [country.code.toLowerCase(), country]));
  const data = (items: StatsItem[], totals: number[]): StatsData => ({ view, items, totals, countries, filters });
  const ranked = (counts: StatsCount[]) =>
    [...counts].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).map(({ value, count }) => ({ key: value, values: [count] }));
  switch (view) {
    case 'records-by-type': {
      const all = counts(facetField(answer, STATS_KEYS.all));
      const hasPeriod = filters.from !== undefined || filters.to !== undefined;
      const period = hasPeriod ? counts(facetField(answer, STATS_KEYS.period)) : undefined;
      const items = [...NATIONAL_SCHEMAS, ...REFERENCE_SCHEMAS]
        .filter((schema) => (all.get(schema) ?? 0) > 0)
        .map((schema) => ({ key: schema, values: period ? [all.get(schema) ?? 0, period.get(schema) ?? 0] : [all.get(schema) ?? 0] }));
      const sum = (i: number) => items.reduce((total, item) => total + item.values[i], 0);
      return data(items, period ? [sum(0), sum(1)] : [sum(0)]);
    }
    case 'publishers-by-type': {
      // Party status as everywhere else (the portal's rules), on the day the chart is drawn.
      const isParty = (code: string) => {
        const country = countries?.get(code.toLowerCase());
        return country !== undefined && partyStatus(country, now).kind === 'party';
      };
      const pivot = new Map(facetPivot(answer, STATS_KEYS.pivot).map((entry) => [entry.value, entry.pivot]));
      const parties = new Set<string>();
      const others = new Set<string>();
      const items: StatsItem[] = [];
      for (const schema of NATIONAL_SCHEMAS) {
        const governments = (pivot.get(schema) ?? []).filter((entry) => entry.count > 0).map((entry) => entry.value.toLowerCase());
        if (!governments.length) continue;
        const party = governments.filter(isParty);
        for (const code of governments) (party.includes(code) ? parties : others).add(code);
        items.push({ key: schema, values: [party.length, governments.length - party.length] });
      }
      return data(items, [parties.size, others.size]);
    }
    case 'ircc-by-purpose':
      return data(
        PURPOSES.map((purpose) => ({ key: purpose, values: [facetQuery(answer, purposeKey(purpose))] })),
        [answer.total],
      );
    case 'ircc-by-year':
      return data(
        irccYears(now).map((year) => ({ key: String(year), values: [facetQuery(answer, yearKey(year))] })),
        [answer.total],
      );
    default:
      // ircc-by-country, ircc-by-subject, cpc-by-country: one facet field, largest first.
      return data(ranked(facetField(answer, STATS_KEYS.all).filter((entry) => entry.count > 0)), [answer.total]);
  }
}

function counts(list: StatsCount[]): Map<string, number> {
  return new Map(list.map(({ value, count }) => [value, count]));
}

/** One bar as drawn and read: every text already in the element's language. */
export interface ChartBar {
  key: string;
  label: string;
  /** the language of `label` when it is not the element's */
  lang?: Locale;
  values: number[];
  /** share of the chart's total (single-series views) */
  share?: number;
  /** the text beside the bar: "741 · 67%" */
  valueText: string;
  /** each series' value, formatted (beside each bar of a grouped chart) */
  seriesTexts: string[];
  /** what a screen reader reads on the bar: "India: 741 (67%)" */
  name: string;
  /** national or reference record types */
  group?: 'national' | 'reference';
}

export interface ChartModel {
  view: StatsView;
  title: string;
  /** the heading of the table's first column */
  category: string;
  /** one label per series (a legend when there are two) */
  series: string[];
  /** two series that add up (Parties + non-Parties) rather than stand side by side (all / period) */
  stacked: boolean;
  bars: ChartBar[];
  totals: number[];
  totalLabel: string;
  /** the one-sentence text summary of the chart */
  summary: string;
  shares: boolean;
}

const percentFormats = new Map<string, Intl.NumberFormat>();
const yearFormats = new Map<string, Intl.NumberFormat>();

/** "67 %", "٦٧٪؜": a tenth of a percent only where the whole number would say 0. */
export function formatShare(share: number, locale: Locale): string {
  const digits = share > 0 && share < 0.01 ? 1 : 0;
  const key = `${locale}:${digits}`;
  let format = percentFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits });
    percentFormats.set(key, format);
  }
  return format.format(share);
}

/** A year in the locale's digits, without a thousands separator ("2019", "٢٠١٩"). */
export function formatYear(year: number, locale: Locale): string {
  let format = yearFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: false });
    yearFormats.set(locale, format);
  }
  return format.format(year);
}

/** The chart's title: known before its data. */
export function chartTitle(view: StatsView): string {
  switch (view) {
    case 'records-by-type':
      return msg('Published records by type', { id: 'stats-title-records-by-type' });
    case 'publishers-by-type':
      return msg('Governments publishing each type of national record', { id: 'stats-title-publishers-by-type' });
    case 'ircc-by-country':
      return msg('Certificates of compliance by issuing country', { id: 'stats-title-ircc-by-country' });
    case 'ircc-by-purpose':
      return msg('Certificates of compliance by purpose', { id: 'stats-title-ircc-by-purpose' });
    case 'ircc-by-subject':
      return msg('Certificates of compliance by subject matter', { id: 'stats-title-ircc-by-subject' });
    case 'ircc-by-year':
      return msg('Certificates of compliance issued per year', { id: 'stats-title-ircc-by-year' });
    default:
      return msg('Checkpoint communiqués by publishing country', { id: 'stats-title-cpc-by-country' });
  }
}

function category(view: StatsView): string {
  switch (view) {
    case 'records-by-type':
    case 'publishers-by-type':
      return msg('Record type', { id: 'stats-category-type' });
    case 'ircc-by-purpose':
      return msg('Purpose', { id: 'stats-category-purpose' });
    case 'ircc-by-subject':
      return msg('Subject matter', { id: 'stats-category-subject' });
    case 'ircc-by-year':
      return msg('Year of issuance', { id: 'stats-category-year' });
    default:
      return msg('Country', { id: 'stats-category-country' });
  }
}

function purposeLabel(purpose: Purpose): string {
  switch (purpose) {
    case 'commercial':
      return msg('Commercial', { id: 'stats-purpose-commercial' });
    case 'non-commercial':
      return msg('Non-commercial', { id: 'stats-purpose-non-commercial' });
    default:
      return msg('Confidential', { id: 'stats-purpose-confidential' });
  }
}

function periodLabel(filters: StatsFilters, locale: Locale): string {
  const from = filters.from === undefined ? '' : formatYear(filters.from, locale);
  const to = filters.to === undefined ? '' : formatYear(filters.to, locale);
  if (!to) return msg(str`Published since ${from}`, { id: 'stats-series-since' });
  if (!from) return msg(str`Published until ${to}`, { id: 'stats-series-until' });
  if (from === to) return msg(str`Published in ${from}`, { id: 'stats-series-in' });
  return msg(str`Published ${from}–${to}`, { id: 'stats-series-period' });
}

function seriesLabels(data: StatsData, locale: Locale): string[] {
  switch (data.view) {
    case 'records-by-type':
      return data.totals.length > 1
        ? [msg('All published records', { id: 'stats-series-all-records' }), periodLabel(data.filters, locale)]
        : [msg('Published records', { id: 'stats-series-records' })];
    case 'publishers-by-type':
      return [msg('Parties', { id: 'stats-series-parties' }), msg('Other governments', { id: 'stats-series-non-parties' })];
    case 'cpc-by-country':
      return [msg('Checkpoint communiqués', { id: 'stats-series-cpc' })];
    default:
      return [msg('Certificates', { id: 'stats-series-ircc' })];
  }
}

function itemLabel(data: StatsData, key: string, locale: Locale): { label: string; lang?: Locale } {
  const picked = (text: ReturnType<typeof pickText>, fallback: string) => ({ label: text?.text ?? fallback, lang: text?.fallback ? text.lang : undefined });
  switch (data.view) {
    case 'records-by-type':
    case 'publishers-by-type':
      return picked(pickText(RECORD_TYPES[key]?.title, locale), key);
    case 'ircc-by-purpose':
      return { label: purposeLabel(key as Purpose) };
    case 'ircc-by-subject':
      return picked(pickText(KEYWORD_TERMS.find((term) => term.identifier === key)?.title, locale), key);
    case 'ircc-by-year':
      return { label: formatYear(Number(key), locale) };
    default:
      return picked(pickText(data.countries?.get(key.toLowerCase())?.name, locale), key.toUpperCase());
  }
}

/** The first `limit` categories, and one "Other" bar summing the rest. */
function capped(items: StatsItem[], limit: number): StatsItem[] {
  if (limit <= 0 || items.length <= limit) return items;
  const rest = items.slice(limit);
  return [...items.slice(0, limit), { key: OTHER_KEY, values: items[0].values.map((_, i) => rest.reduce((sum, item) => sum + item.values[i], 0)) }];
}

/** Everything the chart, the table and the summary show, in one language. */
export function chartModel(data: StatsData, locale: Locale, limit: number): ChartModel {
  const series = seriesLabels(data, locale);
  const shares = data.totals.length === 1;
  const stacked = data.view === 'publishers-by-type';
  const n = (value: number) => formatNumber(value, locale);
  const list = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
  const items = RANKED.has(data.view) ? capped(data.items, limit) : data.items;
  const bars = items.map((item): ChartBar => {
    const { label, lang } =
      item.key === OTHER_KEY ? { label: msg('Other', { id: 'stats-other' }), lang: undefined } : itemLabel(data, item.key, locale);
    const group = data.view === 'records-by-type' ? RECORD_TYPES[item.key]?.type : undefined;
    if (shares) {
      const [count] = item.values;
      const share = data.totals[0] > 0 ? count / data.totals[0] : 0;
      const value = n(count);
      const percent = formatShare(share, locale);
      return {
        key: item.key,
        label,
        lang,
        values: item.values,
        share,
        group,
        seriesTexts: [value],
        valueText: msg(str`${value} · ${percent}`, { id: 'stats-value-share' }),
        name: msg(str`${label}: ${value} (${percent})`, { id: 'stats-bar-share' }),
      };
    }
    const parts = list.format(item.values.map((value, i) => msg(str`${series[i]}: ${n(value)}`, { id: 'stats-series-value' })));
    const total = stacked ? n(item.values.reduce((sum, value) => sum + value, 0)) : undefined;
    return {
      key: item.key,
      label,
      lang,
      values: item.values,
      group,
      seriesTexts: item.values.map(n),
      valueText: total ?? item.values.map(n).join(' · '),
      name: total === undefined ? msg(str`${label}: ${parts}`, { id: 'stats-bar-series' }) : msg(str`${label}: ${total} (${parts})`, { id: 'stats-bar-stacked' }),
    };
  });
  return {
    view: data.view,
    title: chartTitle(data.view),
    category: category(data.view),
    series,
    stacked,
    bars,
    totals: data.totals,
    totalLabel: msg('Total', { id: 'stats-total' }),
    summary: summary(data, bars, locale),
    shares,
  };
}

function summary(data: StatsData, bars: ChartBar[], locale: Locale): string {
  const n = (value: number) => formatNumber(value, locale);
  const [first] = data.totals;
  const total = n(first);
  switch (data.view) {
    case 'records-by-type': {
      const national = n(data.items.filter((item) => RECORD_TYPES[item.key]?.type === 'national').reduce((sum, item) => sum + item.values[0], 0));
      const reference = n(data.items.filter((item) => RECORD_TYPES[item.key]?.type === 'reference').reduce((sum, item) => sum + item.values[0], 0));
      const text = selectPlural(first, locale, {
        zero: msg(str`${total} published records: ${national} national and ${reference} reference.`, { id: 'stats-summary-records-zero' }),
        one: msg(str`${total} published record: ${national} national and ${reference} reference.`, { id: 'stats-summary-records-one' }),
        two: msg(str`${total} published records: ${national} national and ${reference} reference.`, { id: 'stats-summary-records-two' }),
        few: msg(str`${total} published records: ${national} national and ${reference} reference.`, { id: 'stats-summary-records-few' }),
        many: msg(str`${total} published records: ${national} national and ${reference} reference.`, { id: 'stats-summary-records-many' }),
        other: msg(str`${total} published records: ${national} national and ${reference} reference.`, { id: 'stats-summary-records-other' }),
      });
      if (data.totals.length < 2) return text;
      const period = periodLabel(data.filters, locale);
      const inPeriod = n(data.totals[1]);
      return `${text} ${msg(str`${period}: ${inPeriod}.`, { id: 'stats-summary-period' })}`;
    }
    case 'publishers-by-type': {
      const all = data.totals[0] + data.totals[1];
      const governments = n(all);
      return selectPlural(all, locale, {
        zero: msg(str`${governments} governments publish national records, ${total} of them Parties.`, { id: 'stats-summary-publishers-zero' }),
        one: msg(str`${governments} government publishes national records, ${total} of them Parties.`, { id: 'stats-summary-publishers-one' }),
        two: msg(str`${governments} governments publish national records, ${total} of them Parties.`, { id: 'stats-summary-publishers-two' }),
        few: msg(str`${governments} governments publish national records, ${total} of them Parties.`, { id: 'stats-summary-publishers-few' }),
        many: msg(str`${governments} governments publish national records, ${total} of them Parties.`, { id: 'stats-summary-publishers-many' }),
        other: msg(str`${governments} governments publish national records, ${total} of them Parties.`, { id: 'stats-summary-publishers-other' }),
      });
    }
    default: {
      const counted =
        data.view === 'cpc-by-country'
          ? selectPlural(first, locale, {
              zero: msg(str`${total} checkpoint communiqués.`, { id: 'stats-summary-cpc-zero' }),
              one: msg(str`${total} checkpoint communiqué.`, { id: 'stats-summary-cpc-one' }),
              two: msg(str`${total} checkpoint communiqués.`, { id: 'stats-summary-cpc-two' }),
              few: msg(str`${total} checkpoint communiqués.`, { id: 'stats-summary-cpc-few' }),
              many: msg(str`${total} checkpoint communiqués.`, { id: 'stats-summary-cpc-many' }),
              other: msg(str`${total} checkpoint communiqués.`, { id: 'stats-summary-cpc-other' }),
            })
          : selectPlural(first, locale, {
              zero: msg(str`${total} certificates of compliance.`, { id: 'stats-summary-ircc-zero' }),
              one: msg(str`${total} certificate of compliance.`, { id: 'stats-summary-ircc-one' }),
              two: msg(str`${total} certificates of compliance.`, { id: 'stats-summary-ircc-two' }),
              few: msg(str`${total} certificates of compliance.`, { id: 'stats-summary-ircc-few' }),
              many: msg(str`${total} certificates of compliance.`, { id: 'stats-summary-ircc-many' }),
              other: msg(str`${total} certificates of compliance.`, { id: 'stats-summary-ircc-other' }),
            });
      const largest = bars.filter((bar) => bar.key !== OTHER_KEY).reduce<ChartBar | undefined>((best, bar) => (!best || bar.values[0] > best.values[0] ? bar : best), undefined);
      if (!largest || largest.values[0] === 0) return counted;
      const label = largest.label;
      const value = largest.valueText;
      return `${counted} ${msg(str`Most: ${label}, ${value}.`, { id: 'stats-summary-largest' })}`;
    }
  }
}
