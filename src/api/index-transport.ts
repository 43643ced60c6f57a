/**
 * How an index query travels, and the checks that its answer is the one asked for. No public
 * source says whether api.cbd.int keeps every value of a repeated GET key (`fq=a&fq=b`); the portal
 * POSTs JSON arrays (scbd/absch.cbd.int app/services/search-service.js L73, L126). So a GET here
 * depends as little as it can on repeated keys (every untagged `fq` is combined into one), the
 * answer is checked for every facet asked for, and when some are missing while keys were repeated,
 * the query is sent again as the portal's POST, and so are the next ones to that API base.
 */
import { and, type Query } from './solr.js';
import { getJson, postJson, type ApiConfig, type Params, type ParamValue } from './client.js';
import { readIndexAnswer, type IndexAnswer } from './index-answer.js';

/** The index path of GET queries (the portal's search path). */
export const INDEX_PATH = '/api/v2013/index/select';
/** The index path of the portal's POSTs. */
export const INDEX_POST_PATH = '/api/v2013/index';

const FACET_PARAMS = ['facet.field', 'facet.query', 'facet.pivot'] as const;

/** API origins that lost repeated keys on a GET: every later index query to them is a POST. */
const postOnly = new Set<string>();
/** `nonSupportedParams` names already reported (one warning per name per page). */
const reported = new Set<string>();

/** Forgets what was learned of API origins (tests: `forgetLearnedTransports`). */
export function forgetLearnedSends(): void {
  postOnly.clear();
  reported.clear();
}

export const values = (value: ParamValue): string[] => (value === undefined ? [] : typeof value === 'object' ? [...value] : [String(value)]);

/** `{!tag=x}fq` and `{!ex=x key=k}field`: local params and what follows them. */
export function splitLocalParams(value: string): { local: string; rest: string } {
  const match = /^\{!([^}]*)\}/.exec(value);
  return match ? { local: match[1] ?? '', rest: value.slice(match[0].length) } : { local: '', rest: value };
}

/** Every untagged `fq` ANDed into one: the same documents, with one key fewer to repeat. */
export function combineFilters(params: Params): Params {
  const fq = values(params.fq);
  const untagged = fq.filter((value) => !value.startsWith('{!')) as Query[];
  if (untagged.length < 2) return params;
  return { ...params, fq: [and(...untagged), ...fq.filter((value) => value.startsWith('{!'))] };
}

/**
 * The facets a request asked for that its answer lacks. A facet is found by its `key=` when the
 * API honoured local params, else by the text after them (a proxy may strip them).
 */
export function missingFacets(params: Params, answer: IndexAnswer): string[] {
  const sections = { 'facet.field': answer.facetFields, 'facet.query': answer.facetQueries, 'facet.pivot': answer.facetPivots };
  return FACET_PARAMS.flatMap((name) =>
    values(params[name]).filter((value) => {
      const { local, rest } = splitLocalParams(value);
      const key = /(?:^|\s)key=(\S+)/.exec(local)?.[1];
      return !(rest in sections[name] || (key !== undefined && key in sections[name]));
    }),
  );
}

const repeatsAKey = (params: Params): boolean => Object.values(params).some((value) => values(value).length > 1);
const repeatsAFacet = (params: Params): boolean => FACET_PARAMS.some((name) => values(params[name]).length > 1);

function warnUnsupported(answer: IndexAnswer): void {
  for (const name of answer.nonSupportedParams) {
    if (reported.has(name)) continue;
    reported.add(name);
    console.warn(`absch-widgets: the API ignored the index parameter "${name}" (it is in nonSupportedParams).`);
  }
}

/** Facets the API left out without a reason we can undo: the view will refuse the answer; the console says which. */
function warnMissing(config: ApiConfig, params: Params, answer: IndexAnswer): void {
  const missing = missingFacets(params, answer);
  if (missing.length) console.warn(`absch-widgets: ${config.apiBase} answered without the facets ${missing.join(', ')}.`);
}

async function post(config: ApiConfig, params: Params, signal?: AbortSignal): Promise<IndexAnswer> {
  const answer = readIndexAnswer(await postJson(config, INDEX_POST_PATH, params, signal));
  warnUnsupported(answer);
  warnMissing(config, params, answer);
  return answer;
}

/**
 * One index query as GET or POST (see the module's comment), its answer read by the one reader. Its
 * facets may not exclude a filter (`{!ex=…}`): those go through `queryIndex` (index-request.ts).
 */
export async function sendIndexQuery(config: ApiConfig, params: Params, signal?: AbortSignal): Promise<IndexAnswer> {
  const sent = combineFilters(params);
  const base = originOf(config.apiBase);
  // A GET whose repeated keys no facet check could vouch for would be trusted blindly: POST it.
  const unverifiable = repeatsAKey(sent) && !repeatsAFacet(sent);
  if (config.transport === 'post' || postOnly.has(base) || unverifiable) return post(config, params, signal);
  const answer = readIndexAnswer(await getJson(config, INDEX_PATH, sent, signal));
  const missing = missingFacets(sent, answer);
  if (missing.length > 0 && repeatsAKey(sent)) {
    console.warn(
      `absch-widgets: ${config.apiBase} dropped values of repeated query keys (its answer lacks ${missing.join(', ')}); index queries to it are sent as POST from now on.`,
    );
    postOnly.add(base);
    return post(config, params, signal);
  }
  warnUnsupported(answer);
  warnMissing(config, sent, answer);
  return answer;
}

/** What is learned of an API is learned of its origin (a page's API bases differ by path at most). */
export function originOf(apiBase: string): string {
  try {
    return new URL(apiBase, globalThis.document?.baseURI).origin;
  } catch {
    return apiBase;
  }
}
