/**
 * JSON responses as api.cbd.int sends them: CORS headers on every response (errors included, so a
 * browser test sees the status rather than a CORS failure, unless the `errorcors=0` world says
 * otherwise), errors shaped `{statusCode, code, message}`.
 */
export interface ApiResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization, realm, preferred-language, x-referer',
  'Access-Control-Expose-Headers': 'Retry-After',
};

export const JSON_TYPE = 'application/json; charset=utf-8';

const CODES: Readonly<Record<number, string>> = {
  400: 'invalidParameter', 401: 'unauthorized', 403: 'forbidden', 404: 'notFound', 405: 'methodNotAllowed',
  408: 'requestTimeout', 409: 'conflict', 429: 'tooManyRequests', 500: 'internalServerError', 502: 'badGateway',
  503: 'serviceUnavailable', 504: 'gatewayTimeout',
};

const MESSAGES: Readonly<Record<number, string>> = {
  401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found', 429: 'Too many requests', 500: 'Internal server error',
  502: 'Bad gateway', 503: 'Service unavailable', 504: 'Gateway timeout',
};

export function errorResult(status: number, message?: string, extra: Record<string, unknown> = {}): ApiResult {
  const body = { statusCode: status, code: CODES[status] ?? 'error', ...extra, message: message ?? MESSAGES[status] ?? `HTTP ${status}` };
  // As a busy server does, 429 and 503 say when to come back.
  const headers: Record<string, string> = status === 429 || status === 503 ? { 'Retry-After': '1' } : {};
  return { status, body, headers };
}

export const notFound = (message = 'Not found'): ApiResult => errorResult(404, message);

export const invalidParameter = (field: string, message: string): ApiResult => errorResult(400, message, { fields: [field] });

export interface ResponseOptions {
  method: string;
  /** false for failure-switch answers, so a browser never caches a deliberate failure */
  cacheable?: boolean;
  /** false: no CORS headers (the `errorcors=0` world's error answers), so a browser sees a network error */
  cors?: boolean;
}

export function toResponse(result: ApiResult, opts: ResponseOptions): Response {
  return textResponse(result.status, JSON.stringify(result.body), opts, result.headers);
}

export function textResponse(status: number, text: string | null, opts: ResponseOptions, extra: Record<string, string> = {}): Response {
  const headers = new Headers({ ...(opts.cors === false ? {} : CORS_HEADERS), 'Content-Type': JSON_TYPE, ...extra });
  const read = opts.method === 'GET' || opts.method === 'HEAD';
  headers.set('Cache-Control', status === 200 && read && opts.cacheable !== false ? 'public, max-age=60' : 'no-store');
  const body = opts.method === 'HEAD' || status === 204 ? null : text;
  return new Response(body, { status, headers });
}

/** The answer to a CORS preflight (and to any OPTIONS). */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, 'Access-Control-Max-Age': '600' } });
}
