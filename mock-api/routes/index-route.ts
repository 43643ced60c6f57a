import { QueryError } from '../engine/errors.js';
import type { SearchIndex } from '../engine/index.js';
import { SolrParams } from '../engine/params.js';
import { select } from '../engine/select.js';
import { invalidParameter, type ApiResult } from '../http.js';

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

export async function indexRoute(request: Request, url: URL, index: SearchIndex, now: Date): Promise<ApiResult> {
  const params = new SolrParams();
  params.addSearchParams(url.searchParams);
  if (request.method === 'POST') {
    const bad = await readBody(request, params);
    if (bad) return bad;
  }
  try {
    return { status: 200, body: select(index, params, now) };
  } catch (error) {
    if (error instanceof QueryError) return invalidParameter(error.param, error.message);
    throw error;
  }
}
