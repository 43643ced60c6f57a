/**
 * A server on loopback for the bench and the page tests: mock-api (with a log of every API answer,
 * so requests and bytes per view are counted where they are sent) and static files from the
 * folders given (`/dist/…` → dist/, `/pages/…` → test/pages/fixtures/, …).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSnapshot } from '../mock-api/data/generate.ts';
import { contractDocuments } from '../mock-api/data/contract-documents.ts';
import { createHandler } from '../mock-api/handler.ts';
import { toNodeListener } from '../mock-api/node-adapter.ts';

export interface Answer {
  method: string;
  path: string;
  status: number;
  bytes: number;
  gzip: number;
}

export interface LoopbackServer {
  origin: string;
  /** every API answer since the last `take()` */
  take(): Answer[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** `mounts`: URL prefix → folder, e.g. `{'/dist/': 'dist'}`. */
export async function startLoopbackServer(mounts: Record<string, string>): Promise<LoopbackServer> {
  const mock = createHandler(generateSnapshot(new Date(), contractDocuments()));
  let log: Answer[] = [];
  const api = toNodeListener(async (request) => {
    const response = await mock(request);
    const body = new Uint8Array(await response.arrayBuffer());
    const url = new URL(request.url);
    log.push({ method: request.method, path: url.pathname + url.search, status: response.status, bytes: body.length, gzip: gzipSync(body).length });
    return new Response(body, { status: response.status, headers: response.headers });
  });

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/favicon.ico') {
      res.writeHead(204).end(); // browsers ask for it; a 404 would be logged as a page error
      return;
    }
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    if (!mount) {
      api(req, res, () => res.writeHead(404).end());
      return;
    }
    const file = normalize(join(mounts[mount], path.slice(mount.length)));
    if (!file.startsWith(normalize(mounts[mount]))) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (content) => res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(content),
      () => res.writeHead(404).end(),
    );
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
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
