/**
 * The seven charts' data: which query each sends and how its answer becomes categories and counts
 * (`loadStats`, language-free, so a change of language needs no request), and each chart's title,
 * which is shown while it loads. The words of a loaded chart are in chart-model.ts.
 */
import { msg } from '@lit/localize';
import { realmOf, type ApiConfig } from '../../api/client.js';
import { fetchCountries } from '../../api/endpoints.js';
import { F, NATIONAL_SCHEMAS } from '../../api/fields.js';
import { responseOf, type FacetCount } from '../../api/index-answer.js';
import { facetField, facetPivot, facetQuery, queryIndex } from '../../api/index-request.js';
import { partyStatus } from '../../api/party-status.js';
import { IRCC } from '../../api/queries/certificates.js';
import { PURPOSES, purposeQuery, REFERENCE_SCHEMAS, STATS_PIVOT, irccYears, statsQueries, yearQuery, type StatsFilters, type StatsView } from '../../api/queries/stats.js';
import type { Country } from '../../api/types.js';

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
export const RANKED: ReadonlySet<StatsView> = new Set(['ircc-by-country', 'ircc-by-subject', 'cpc-by-country']);
/** Views that need the countries (names or Party status). */
const NEEDS_COUNTRIES: ReadonlySet<StatsView> = new Set(['publishers-by-type', 'ircc-by-country', 'cpc-by-country']);
export const OTHER_KEY = '__other';

/**
 * The requests a view sends: its index queries (one, or two for a period), plus the countries
 * (shared with every element) where names or Party status are needed.
 */
export async function loadStats(view: StatsView, filters: StatsFilters, config: ApiConfig, now: Date, signal: AbortSignal): Promise<StatsData> {
  const [[answer, periodAnswer], list] = await Promise.all([
    Promise.all(statsQueries(view, filters, now, realmOf(config)).map((params) => queryIndex(config, params, signal))),
    NEEDS_COUNTRIES.has(view) ? fetchCountries(config, signal) : undefined,
  ]);
  const total = responseOf(answer).numFound;
  const countries = list && new Map(list.map((country) => [country.code.toLowerCase(), country]));
  const data = (items: StatsItem[], totals: number[]): StatsData => ({ view, items, totals, countries, filters });
  const ranked = (counts: FacetCount[]) =>
    [...counts].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).map(({ value, count }) => ({ key: value, values: [count] }));
  switch (view) {
    case 'records-by-type': {
      const all = counts(facetField(answer, F.schema));
      const period = periodAnswer && counts(facetField(periodAnswer, F.schema));
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
      const pivot = new Map(facetPivot(answer, STATS_PIVOT).map((entry) => [entry.value, entry.pivot]));
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
        PURPOSES.map((purpose) => ({ key: purpose, values: [facetQuery(answer, purposeQuery(purpose))] })),
        [total],
      );
    case 'ircc-by-year':
      return data(
        irccYears(now).map((year) => ({ key: String(year), values: [facetQuery(answer, yearQuery(year))] })),
        [total],
      );
    default:
      // ircc-by-country and cpc-by-country facet the government, ircc-by-subject the keywords; largest first.
      return data(ranked(facetField(answer, view === 'ircc-by-subject' ? IRCC.keywords : F.government).filter((entry) => entry.count > 0)), [total]);
  }
}

function counts(list: FacetCount[]): Map<string, number> {
  return new Map(list.map(({ value, count }) => [value, count]));
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

