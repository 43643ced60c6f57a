/**
 * Writing one answer of the render service: the headers every answer carries, the ETag and the 304
 * when the client already holds this body, and HEAD (the same headers, no body).
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Answer {
  status: number;
  type: string;
  body: string | Buffer;
  cacheControl: string;
  /** give it an ETag, and answer 304 to an If-None-Match that holds it (only for 200s) */
  etag?: boolean;
  headers?: Record<string, string>;
}

const PLAIN = 'text/plain; charset=utf-8';

export const etagOf = (body: string | Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** If-None-Match holds this ETag, or `*` (weak comparison, RFC 9110 §13.1.2). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

export function send(req: IncomingMessage, res: ServerResponse, answer: Answer): void {
  const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
  const headers: Record<string, string> = {
    'Content-Type': answer.type,
    'Cache-Control': answer.cacheControl,
    'X-Content-Type-Options': 'nosniff',
    ...answer.headers,
  };
  if (answer.etag) headers.ETag = etagOf(body);
  if (answer.status === 200 && headers.ETag && matches(req.headers['if-none-match'], headers.ETag)) {
    delete headers['Content-Type'];
    res.writeHead(304, headers).end();
    return;
  }
  headers['Content-Length'] = String(body.length);
  res.writeHead(answer.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A plain-text answer: errors say what was wrong in one line. */
export function sendPlain(req: IncomingMessage, res: ServerResponse, status: number, message: string, cacheControl = 'no-store', headers: Record<string, string> = {}): void {
  send(req, res, { status, type: PLAIN, body: `${message}\n`, cacheControl, headers });
}
