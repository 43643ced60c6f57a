/**
 * A small index whose every answer can be worked out by hand, behind mock-api's own fetch handler:
 * the engine's tests ask it as any API caller would (a Request in, a Response out), so what they
 * check is what a caller of the mock sees, and the expected values come from Solr's rules, not from
 * the engine.
 */
import { createHandler, type Handler } from '../../../mock-api/handler.ts';
import type { IndexDoc, Snapshot } from '../../../mock-api/types.ts';

/** The moment `NOW` stands for in date math. */
export const NOW = new Date('2020-06-15T12:00:00Z');

export const DOCS: IndexDoc[] = [
  { id: 'd1', schema_s: 'absPermit', government_s: 'in', government_EN_s: 'India', realm_ss: ['ABS'], title_t: 'Access to plant genetic resources', amount_i: 5, confidential_b: true, updatedDate_dt: '2019-05-01T00:00:00Z' },
  { id: 'd2', schema_s: 'absPermit', government_s: 'in', realm_ss: ['ABS'], title_t: 'Marine genetic resources survey', amount_i: 12, confidential_b: false, updatedDate_dt: '2019-09-15T00:00:00Z' },
  { id: 'd3', schema_s: 'measure', government_s: 'ke', realm_ss: ['ABS'], title_t: 'National law on access and benefit-sharing', amount_i: 3, confidential_b: false, updatedDate_dt: '2018-01-10T00:00:00Z' },
  { id: 'd4', schema_s: 'authority', government_s: 'ke', realm_ss: ['ABS', 'CHM'], title_t: 'Kenya Wildlife Service', confidential_b: false, updatedDate_dt: '2017-06-30T00:00:00Z' },
  { id: 'd5', schema_s: 'absPermit', government_s: 'fr', realm_ss: ['ABS'], title_t: 'Plant breeding permit', amount_i: 7, confidential_b: true, updatedDate_dt: '2020-02-01T00:00:00Z' },
  { id: 'd6', schema_s: 'measure', government_s: 'fr', realm_ss: ['CHM'], title_t: 'Biodiversity strategy', amount_i: 1, confidential_b: false, updatedDate_dt: '2016-03-03T00:00:00Z' },
];

const snapshot: Snapshot = { generatedFor: NOW.toISOString(), index: DOCS, documents: [], countries: [], domains: {} };

/** One handler for the whole run: switch counters (`times=`) live as long as it does. */
export const handler: Handler = createHandler(snapshot, { now: () => NOW });

const ORIGIN = 'http://mock.test';

export type Params = Record<string, string | number | readonly string[]>;

/** The index URL with `params` (repeated keys for arrays), under `/__mock/{switches}` when given. */
export function indexUrl(params: Params, switches = ''): string {
  const url = new URL(`${switches ? `/__mock/${switches}` : ''}/api/v2013/index/select`, ORIGIN);
  for (const [key, value] of Object.entries(params)) {
    for (const item of typeof value === 'object' ? value : [value]) url.searchParams.append(key, String(item));
  }
  return url.href;
}

export interface Answer {
  response: { numFound: number; start: number; docs: Record<string, unknown>[] };
  facet_counts: {
    facet_queries: Record<string, number>;
    facet_fields: Record<string, (string | number)[]>;
    facet_pivot?: Record<string, Pivot[]>;
  };
  grouped: Record<string, { matches: number; ngroups?: number; groups: { groupValue: string | null; doclist: { numFound: number; docs: Record<string, unknown>[] } }[] }>;
  highlighting?: Record<string, Record<string, string[]>>;
  nonSupportedParams: string[];
  statusCode?: number;
  code?: string;
  fields?: string[];
  message?: string;
}

export interface Pivot {
  field: string;
  value: string | number | boolean;
  count: number;
  pivot?: Pivot[];
}

/** GET of the index, as a caller sees it: status, headers and the parsed body. */
export async function get(params: Params, switches = '', init: RequestInit = {}): Promise<{ status: number; headers: Headers; body: Answer }> {
  const response = await handler(new Request(indexUrl(params, switches), init));
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer };
}

/** The ids `q` (and `fq`) find, in id order: the set a query selects, whatever the scores. */
export async function ids(q: string, extra: Params = {}): Promise<string[]> {
  const { status, body } = await get({ q, fl: 'id', sort: 'id asc', rows: 100, ...extra });
  if (status !== 200) throw new Error(`${q}: ${status} ${body.message}`);
  return body.response.docs.map((doc) => String(doc.id));
}

/** The ids in the order the engine returns them. */
export async function order(params: Params): Promise<string[]> {
  const { body } = await get({ fl: 'id', rows: 100, ...params });
  return body.response.docs.map((doc) => String(doc.id));
}
