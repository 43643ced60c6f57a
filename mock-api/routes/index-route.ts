import { QueryError } from '../engine/errors.js';
import type { SearchIndex } from '../engine/index.js';
import { SolrParams } from '../engine/params.js';
import { select } from '../engine/select.js';
import { invalidParameter, type ApiResult } from '../http.js';
import type { World } from '../switches.js';

/**
 * `GET|POST /api/v2013/index[/select]`: the query string and, for POST, a JSON or form body
 * (the site POSTs JSON with `fq` and `facet.field` as arrays) merge into one parameter set.
 */
async function readBody(request: Request, params: SolrParams): Promise<ApiResult | undefined> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('application/x-www-form-urlencoded')) {
    params.addSearchParams(new URLSearchParams(text));
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return invalidParameter('body', 'The request body is not valid JSON');
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return invalidParameter('body', 'The request body must be a JSON object of Solr parameters');
  }
  params.addJson(json as Record<string, unknown>);
  return undefined;
}

/** Parameters whose local params (`{!tag=…}`, `{!ex=… key=…}`) a proxy of the `localparams=strip` world removes. */
const WITH_LOCAL_PARAMS = ['fq', 'facet.field', 'facet.query', 'facet.pivot'];
const isHighlightParam = (key: string): boolean => key === 'hl' || key.startsWith('hl.');

export async function indexRoute(request: Request, url: URL, index: SearchIndex, now: Date, world: World): Promise<ApiResult> {
  const params = new SolrParams();
  params.addSearchParams(url.searchParams);
  if (request.method === 'POST') {
    const bad = await readBody(request, params);
    if (bad) return bad;
  }
  if (world.localparams === 'strip') params.stripLocalParams(WITH_LOCAL_PARAMS);
  // hl=ignore: the proxy's allow-list drops highlighting as it drops defType (it says so, as it does for those).
  const refused = world.hl === 'ignore' ? params.remove(isHighlightParam) : [];
  try {
    return { status: 200, body: select(index, params, now, refused, world.autophrase) };
  } catch (error) {
    if (error instanceof QueryError) return invalidParameter(error.param, error.message);
    throw error;
  }
}
