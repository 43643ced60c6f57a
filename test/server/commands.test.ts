/**
 * What a site runs, as it runs it, on the built package: `absch-widgets-server` (the bin), and the
 * plain node:http example of examples/, each as a child process against mock-api on loopback.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startLoopbackServer, type LoopbackServer } from '../../scripts/loopback-server.ts';

let api: LoopbackServer;
const children: ChildProcess[] = [];
before(async () => {
  api = await startLoopbackServer({});
});
after(async () => {
  for (const child of children) child.kill();
  await api.close();
});

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts `command`, and resolves with its origin once `url` answers. */
async function start(command: string[], env: Record<string, string>, port: number, path: string): Promise<string> {
  const child = spawn(process.execPath, command, { env: { ...process.env, ...env }, stdio: 'ignore' });
  children.push(child);
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(origin + path);
      return origin;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${command.join(' ')} did not listen on ${port}`);
}

describe('commands on the built package', () => {
  // A first render loads every element and its language: on a busy test machine, more than the default 10 s.
  it('absch-widgets-server --port N --api-base URL renders an element', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const service = await start(['bin/absch-widgets-server', '--port', String(port), '--api-base', api.origin, '--timeout', '30000'], {}, port, '/healthz');
    const answer = await fetch(`${service}/render/absch-country-profile?country=ke&lang=fr`);
    assert.equal(answer.status, 200);
    const html = await answer.text();
    assert.match(html, /^<absch-country-profile [^>]*lang="fr"/);
    assert.ok(html.includes('Kenya'));
  });

  it('the CDN files hold embed.js, the same script the service serves at /embed.js', async () => {
    const port = await freePort();
    const service = await start(['bin/absch-widgets-server', '--port', String(port), '--api-base', api.origin], {}, port, '/healthz');
    const served = await (await fetch(`${service}/embed.js`)).text();
    assert.equal(readFileSync('dist/cdn/embed.js', 'utf8'), served);
    assert.equal(await (await fetch(`${service}/cdn/embed.js`)).text(), served);
  });

  it('examples/node-http.mjs serves a page with the profile in its HTML', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const site = await start(['examples/node-http.mjs'], { PORT: String(port), API_BASE: api.origin }, port, '/missing');
    const answer = await fetch(`${site}/?lang=es`);
    assert.equal(answer.status, 200);
    const html = await answer.text();
    assert.match(html, /<html lang="es" dir="ltr">/);
    assert.match(html, /<absch-country-profile [^>]*lang="es"/);
    assert.match(html, /<script type="module" src="[^"]+\/dist\/cdn\/hydrate\/absch-widgets.js"><\/script>/);
    assert.ok(html.includes('Kenia'), 'Kenya, in Spanish');
  });
});
