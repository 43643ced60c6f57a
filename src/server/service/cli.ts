/**
 * `absch-widgets-server --port 8080 --api-base https://api.cbd.int` (and `npm run render-server`,
 * from PORT and API_BASE): the render service on a plain Node HTTP server. Stops cleanly on
 * SIGTERM and SIGINT, as container hosts ask.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseConfig, USAGE } from './config.js';
import { createRenderService } from './service.js';

if (process.argv.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}

let config;
try {
  config = parseConfig(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}

const server = createServer(createRenderService(config, { log: (line) => console.error(line) }));
server.listen(config.port, () => {
  const { port } = server.address() as AddressInfo;
  console.log(`absch-widgets render service on http://localhost:${port} (API: ${config.apiBases.join(', ')})`);
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => server.close(() => process.exit(0)));
