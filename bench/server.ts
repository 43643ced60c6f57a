/**
 * The bench's own server on loopback: mock-api (with a log of every API answer, so requests and
 * bytes per view are counted where they are sent), the built CDN file, and a blank page.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { generateSnapshot } from '../mock-api/data/generate.ts';
import { createHandler } from '../mock-api/handler.ts';
import { toNodeListener } from '../mock-api/node-adapter.ts';

export interface Answer {
  method: string;
  path: string;
  status: number;
  bytes: number;
  gzip: number;
}

export interface BenchServer {
  origin: string;
  /** every API answer since the last `take()` */
  take(): Answer[];
  close(): Promise<void>;
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="absch:api-base" content="/"><script type="module" src="/absch-widgets.js"></script></head><body></body></html>`;

export async function startBenchServer(cdnFile: string): Promise<BenchServer> {
  const mock = createHandler(generateSnapshot(new Date()));
  let log: Answer[] = [];
  const logged = async (request: Request): Promise<Response> => {
    const response = await mock(request);
    const body = new Uint8Array(await response.arrayBuffer());
    const url = new URL(request.url);
    log.push({ method: request.method, path: url.pathname + url.search, status: response.status, bytes: body.length, gzip: gzipSync(body).length });
    return new Response(body, { status: response.status, headers: response.headers });
  };
  const api = toNodeListener(logged);
  const script = readFileSync(cdnFile);
  const server: Server = createServer((req, res) => {
    if (req.url === '/absch-widgets.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(script);
    } else if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
    } else {
      api(req, res, () => res.writeHead(404).end());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    take() {
      const taken = log;
      log = [];
      return taken;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function sizes(file: string): { raw: number; gzip: number; brotli: number } {
  const content = readFileSync(file);
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length, brotli: brotliCompressSync(content).length };
}
