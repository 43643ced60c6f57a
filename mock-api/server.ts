import { createServer } from 'node:http';
import { generateSnapshot } from './data/generate.js';
import { contractDocuments } from './data/contract-documents.js';
import { createHandler } from './handler.js';
import { serveNode } from './node-adapter.js';

/**
 * `tsx mock-api/server.ts`: the mock API on http://127.0.0.1:${PORT:-4010}, with a snapshot generated
 * for today. `MOCK_API_LOG=1` logs each request (method, path, status, ms).
 */
const port = Number(process.env.PORT || 4010);
const log = process.env.MOCK_API_LOG === '1';
const handler = createHandler(generateSnapshot(new Date(), contractDocuments()));

const server = createServer((req, res) => {
  const started = performance.now();
  if (log) {
    res.on('close', () => {
      const status = res.writableFinished ? String(res.statusCode) : 'aborted';
      console.log(`${req.method} ${req.url} ${status} ${Math.round(performance.now() - started)}ms`);
    });
  }
  void serveNode(handler, req, res);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`mock-api listening on http://127.0.0.1:${port}`);
});

function stop(): void {
  server.close(() => process.exit(0));
  server.closeAllConnections(); // hung (`hang=1`) and keep-alive connections would hold close() open
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
