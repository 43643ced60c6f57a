/**
 * The words and bars of a loaded chart, in the element's language (`chartModel`): labels, values,
 * shares, the one-sentence summary. Part of the chart's lazily loaded view (chart-view.ts).
 */
import { msg, str } from '@lit/localize';
import type { Purpose, StatsFilters, StatsView } from '../../api/queries/stats.js';
import { KEYWORD_TERMS } from '../../data/keyword-terms.js';
import { RECORD_TYPES } from '../../data/record-types.js';
import { formatList, formatNumber, joinSentences } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { pickText } from '../../i18n/lstring.js';
import { selectPlural } from '../../i18n/plural.js';

import { chartTitle, OTHER_KEY, RANKED, type StatsData, type StatsItem } from './stats-data.js';

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
    const parts = formatList(item.values.map((value, i) => msg(str`${series[i]}: ${n(value)}`, { id: 'stats-series-value' })), locale);
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
      return joinSentences([text, msg(str`${period}: ${inPeriod}.`, { id: 'stats-summary-period' })], locale);
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
      return joinSentences([counted, msg(str`Most: ${label}, ${value}.`, { id: 'stats-summary-largest' })], locale);
    }
  }
}
