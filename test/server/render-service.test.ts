/**
 * The render service as a site's server, a CDN or a CMS meets it: real HTTP to the service, which
 * renders through the real client against mock-api (in process, on loopback). What is asserted is
 * what a caller gets: statuses, headers, bodies, and how many requests reached the API.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startLoopbackServer, type LoopbackServer } from '../../scripts/loopback-server.ts';
import { DEFAULTS, parseConfig, type ServiceConfig } from '../../src/server/service/config.ts';
import { createRenderService } from '../../src/server/service/service.ts';

let api: LoopbackServer;
const services: Server[] = [];

before(async () => {
  api = await startLoopbackServer({});
});
after(async () => {
  for (const server of services) {
    server.closeAllConnections();
    server.close();
  }
  await api.close();
});

/** A service on loopback that may ask mock-api, and mock-api behind the given switches. */
async function startService(config: Partial<ServiceConfig> = {}, switches: string[] = []): Promise<string> {
  const apiBases = [api.origin, ...switches.map((item) => `${api.origin}/__mock/${item}`)];
  // A first render loads the elements and their language on a busy machine: more time than a warm service needs.
  const server = createServer(createRenderService({ ...DEFAULTS, renderTimeoutMs: 30_000, apiBases, ...config }));
  services.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The API answers since the last call, but those of earlier tests' hanging requests, which end when their render gives up. */
const apiAnswers = () => api.take().filter((answer) => !answer.path.includes('hang=1'));

async function get(url: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; body: string }> {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

const PROFILE = '/render/absch-country-profile?country=ke';

describe('render service: a fragment and its headers', () => {
  let service: string;
  before(async () => {
    service = await startService();
  });

  it('renders the element with its data, cacheable for minutes, with an ETag', async () => {
    api.take();
    const answer = await get(service + PROFILE);
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(answer.body, /^<absch-country-profile [^>]*country="ke"/);
    assert.match(answer.body, /<template shadowroot(mode)?="open"/);
    assert.ok(answer.body.includes('Kenya'), 'the country name is in the HTML');
    assert.equal(answer.headers.get('cache-control'), 'public, max-age=300, stale-while-revalidate=3600, stale-if-error=86400');
    assert.match(answer.headers.get('etag') ?? '', /^"[\w-]{32}"$/);
    assert.equal(answer.headers.get('content-language'), 'en');
    assert.equal(answer.headers.get('x-render-cache'), 'miss');
    assert.ok(api.take().length > 0, 'the first render asks the API');
  });

  it('answers the same URL again from memory, with its age, without asking the API', async () => {
    const first = await get(service + PROFILE);
    api.take();
    const again = await get(`${service}/render/absch-country-profile?lang=en&country=ke`); // same render, other order
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('x-render-cache'), 'hit');
    assert.match(again.headers.get('age') ?? '', /^\d+$/);
    assert.equal(again.headers.get('etag'), first.headers.get('etag'));
    assert.equal(again.body, first.body);
    assert.deepEqual(apiAnswers(), []);
  });

  it('answers 304 with no body to an If-None-Match that holds the ETag (weak or strong), 200 to another', async () => {
    const { headers } = await get(service + PROFILE);
    const etag = headers.get('etag') ?? '';
    for (const held of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const answer = await get(service + PROFILE, { headers: { 'If-None-Match': held } });
      assert.equal(answer.status, 304, held);
      assert.equal(answer.body, '');
      assert.equal(answer.headers.get('etag'), etag);
      assert.match(answer.headers.get('cache-control') ?? '', /max-age=300/);
    }
    assert.equal((await get(service + PROFILE, { headers: { 'If-None-Match': '"other"' } })).status, 200);
  });

  it('answers HEAD with the headers of GET and no body; other methods get 405 with Allow', async () => {
    const full = await get(service + PROFILE);
    const head = await get(service + PROFILE, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
    assert.equal(head.headers.get('etag'), full.headers.get('etag'));
    assert.equal(head.headers.get('content-length'), String(Buffer.byteLength(full.body)));
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const answer = await get(service + PROFILE, { method });
      assert.equal(answer.status, 405, method);
      assert.equal(answer.headers.get('allow'), 'GET, HEAD');
    }
  });

  it('renders in the language asked, right to left in Arabic', async () => {
    const answer = await get(`${service}${PROFILE}&lang=ar`);
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('content-language'), 'ar');
    assert.match(answer.body, /^<absch-country-profile [^>]*lang="ar"/);
    assert.ok(answer.body.includes('كينيا'), 'Kenya in Arabic');
  });

  it('takes a regional language tag as its language, and a language outside the six as English, as the browser does', async () => {
    const canadian = await get(`${service}${PROFILE}&lang=fr-CA`);
    assert.equal(canadian.headers.get('content-language'), 'fr');
    assert.match(canadian.body, /^<absch-country-profile [^>]*lang="fr"/);
    const german = await get(`${service}${PROFILE}&lang=de`);
    assert.equal(german.headers.get('content-language'), 'en');
    assert.equal(german.body, (await get(service + PROFILE)).body, 'the English render');
  });

  it('renders the element message with 400 when the element refuses its input', async () => {
    const answer = await get(`${service}/render/absch-record?uid=not%20a%20uid`);
    assert.equal(answer.status, 400);
    assert.equal(answer.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(answer.body, /^<absch-record /);
    assert.equal(answer.headers.get('cache-control'), 'public, max-age=300');
  });

  it('serves /healthz, and 404 for paths it does not have', async () => {
    assert.equal((await get(`${service}/healthz`)).status, 200);
    for (const path of ['/', '/render', '/render/', '/cdn/../package.json', '/cdn/%2e%2e/package.json', '/embed/absch-record/extra']) {
      const answer = await get(service + path);
      assert.equal(answer.status, 404, path);
      assert.equal(answer.headers.get('content-type'), 'text/plain; charset=utf-8', path);
    }
  });
});

describe('render service: hostile input', () => {
  let service: string;
  before(async () => {
    service = await startService({}, ['status=500']);
  });

  it('answers an unknown tag with 404 in plain text', async () => {
    for (const tag of ['script', 'absch-nothing', 'ABSCH-RECORD', '%3Cscript%3E']) {
      const answer = await get(`${service}/render/${tag}?uid=1`);
      assert.equal(answer.status, 404, tag);
      assert.equal(answer.headers.get('content-type'), 'text/plain; charset=utf-8');
      assert.ok(!answer.body.includes('<'), 'nothing that reads as markup');
    }
  });

  it('refuses, with 400 in plain text, an attribute the element does not have, a repeated one, a huge value or a control character', async () => {
    const cases: [string, RegExp][] = [
      ['country=ke&onclick=alert(1)', /no attribute "onclick"/],
      ['country=ke&country=in', /"country" is given twice/],
      [`country=${'k'.repeat(257)}`, /"country" is longer than 256/],
      ['country=ke%0D%0ASet-Cookie:%20stolen=1', /"country" holds control characters/],
      ['country=ke%00', /control characters/],
      ['lang=%3Cfr%3E', /lang "<fr>" is not a language tag/],
    ];
    for (const [query, message] of cases) {
      const answer = await get(`${service}/render/absch-country-profile?${query}`);
      assert.equal(answer.status, 400, query);
      assert.equal(answer.headers.get('content-type'), 'text/plain; charset=utf-8', query);
      assert.match(answer.body, message, query);
      assert.equal(answer.headers.get('set-cookie'), null);
    }
  });

  it('escapes a script in an attribute value wherever the value appears', async () => {
    const script = '"><script>alert(1)</script>';
    for (const path of [`/render/absch-search?query=${encodeURIComponent(script)}`, `/render/absch-certificate-list?query=${encodeURIComponent(script)}`, `/render/absch-country-profile?country=${encodeURIComponent(script)}`, `/embed/absch-record?uid=${encodeURIComponent(script)}`]) {
      const answer = await get(service + path);
      assert.ok([200, 400].includes(answer.status), `${path}: ${answer.status}`);
      assert.ok(!answer.body.includes('<script>alert(1)'), `${path}: the script is text`);
      assert.ok(!answer.body.includes('"><script'), `${path}: the value never closes an attribute`);
    }
  });

  it('asks only the API bases it was started with: another api-base is 400, a listed one is used', async () => {
    for (const base of ['http://attacker.example', `${api.origin}/__mock/delay=1`, 'file:///etc/passwd']) {
      api.take();
      const answer = await get(`${service}${PROFILE}&api-base=${encodeURIComponent(base)}`);
      assert.equal(answer.status, 400, base);
      assert.match(answer.body, /api-base .* is not one this service may use/);
      assert.deepEqual(apiAnswers(), [], 'no request left the service');
    }
    const listed = await get(`${service}${PROFILE}&api-base=${encodeURIComponent(`${api.origin}/__mock/status=500`)}`);
    assert.equal(listed.status, 502, 'the listed, failing base was asked');
  });

  it('refuses a portal-base when none is allowed', async () => {
    const answer = await get(`${service}${PROFILE}&portal-base=${encodeURIComponent('https://phishing.example')}`);
    assert.equal(answer.status, 400);
    assert.match(answer.body, /portal-base .*allowed: none/);
  });
});

describe('render service: a slow or failing API', () => {
  it('answers a failing API with the rendered error, 502 and no-store, and keeps no copy', async () => {
    const service = await startService({}, ['status=500']);
    const base = encodeURIComponent(`${api.origin}/__mock/status=500`);
    for (let attempt = 0; attempt < 2; attempt++) {
      api.take();
      const answer = await get(`${service}${PROFILE}&api-base=${base}`);
      assert.equal(answer.status, 502);
      assert.equal(answer.headers.get('cache-control'), 'no-store');
      assert.equal(answer.headers.get('etag'), null);
      assert.match(answer.body, /^<absch-country-profile /);
      assert.equal(answer.headers.get('x-render-cache'), 'miss', 'a failure is never answered from memory');
      assert.ok(api.take().length > 0, 'each request asks the API again');
    }
  });

  it('answers an API that never answers with the rendered error, within the timeout', async () => {
    const service = await startService({ renderTimeoutMs: 1500 }, ['hang=1']);
    const started = Date.now();
    const answer = await get(`${service}${PROFILE}&api-base=${encodeURIComponent(`${api.origin}/__mock/hang=1`)}`);
    const took = Date.now() - started;
    assert.equal(answer.status, 502);
    assert.match(answer.body, /^<absch-country-profile /);
    assert.ok(took >= 1400 && took < 2500, `answered after ${took} ms`);
  });

  it('serves its last good render, past its max-age, when the API fails after it (stale-if-error)', async (t) => {
    // Count the requests of one render, then start a service whose API fails after that many.
    const counter = await startService({}, ['id=count-stale']);
    api.take();
    await get(`${counter}${PROFILE}&api-base=${encodeURIComponent(`${api.origin}/__mock/id=count-stale`)}`);
    const requests = api.take().filter((answer) => answer.path.includes('id=count-stale')).length;
    const switches = `after=${requests},status=500,id=stale-if-error`;
    const service = await startService({ staleWhileRevalidateSeconds: 0 }, [switches]);
    const url = `${service}${PROFILE}&api-base=${encodeURIComponent(`${api.origin}/__mock/${switches}`)}`;
    const good = await get(url);
    assert.equal(good.status, 200);
    // Ten minutes later (past max-age, and past the client's own memory of the answers), the API is down.
    t.mock.timers.enable({ apis: ['Date'], now: Date.now() + 10 * 60_000 });
    const stale = await get(url);
    t.mock.timers.reset();
    assert.equal(stale.status, 200);
    assert.equal(stale.headers.get('x-render-cache'), 'stale');
    assert.ok(Number(stale.headers.get('age')) >= 600, `Age ${stale.headers.get('age')}`);
    assert.equal(stale.body, good.body);
    assert.ok(api.take().some((answer) => answer.status === 500 && answer.path.includes('id=stale-if-error')), 'the API was asked, and failed');
  });

  it('answers a render past its max-age at once, and renders it again in the background (stale-while-revalidate)', async (t) => {
    const service = await startService();
    const url = `${service}/render/absch-country-profile?country=pe`;
    assert.equal((await get(url)).status, 200);
    // Ten minutes later: past max-age, within stale-while-revalidate.
    t.mock.timers.enable({ apis: ['Date'], now: Date.now() + 10 * 60_000 });
    apiAnswers();
    const stale = await get(url);
    assert.equal(stale.status, 200);
    assert.equal(stale.headers.get('x-render-cache'), 'stale');
    assert.ok(Number(stale.headers.get('age')) >= 600, `Age ${stale.headers.get('age')}`);
    let fresh = stale;
    for (let attempt = 0; attempt < 300 && fresh.headers.get('x-render-cache') !== 'hit'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      fresh = await get(url);
    }
    t.mock.timers.reset();
    assert.equal(fresh.headers.get('x-render-cache'), 'hit', 'the new render replaced the stale one');
    assert.ok(Number(fresh.headers.get('age')) < 60, `Age ${fresh.headers.get('age')}`);
    assert.ok(apiAnswers().length > 0, 'the API was asked in the background');
  });

  it('says 503 with Retry-After when every render slot and place in the queue is taken', async () => {
    const service = await startService({ renderTimeoutMs: 1500, maxConcurrentRenders: 1, maxWaitingRenders: 0 }, ['hang=1']);
    const hanging = get(`${service}${PROFILE}&api-base=${encodeURIComponent(`${api.origin}/__mock/hang=1`)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const busy = await get(`${service}/render/absch-country-profile?country=in`);
    assert.equal(busy.status, 503);
    assert.equal(busy.headers.get('retry-after'), '5');
    assert.equal((await hanging).status, 502);
  });
});

describe('render service: its memory is bounded', () => {
  it('keeps the most recently used renders up to its bound, and renders again the one it let go', async () => {
    const service = await startService({ cacheEntries: 2 });
    const profile = (code: string) => get(`${service}/render/absch-country-profile?country=${code}`);
    for (const code of ['ke', 'in', 'pe']) assert.equal((await profile(code)).headers.get('x-render-cache'), 'miss');
    api.take();
    assert.equal((await profile('pe')).headers.get('x-render-cache'), 'hit');
    assert.equal((await profile('in')).headers.get('x-render-cache'), 'hit');
    assert.deepEqual(apiAnswers(), []);
    assert.equal((await profile('ke')).headers.get('x-render-cache'), 'miss', 'the least recently used went first');
  });
});

describe('render service: embed page and oEmbed', () => {
  let service: string;
  before(async () => {
    service = await startService();
  });

  it('serves a whole page for an iframe, under a CSP that allows no inline script or style', async () => {
    const answer = await get(`${service}/embed/absch-country-profile?country=ke&lang=ar`);
    assert.equal(answer.status, 200);
    assert.match(answer.body, /^<!doctype html>\n<html lang="ar" dir="rtl">/);
    assert.match(answer.body, /<script type="module" src="\/cdn\/hydrate\/absch-widgets.js"><\/script>/);
    assert.match(answer.body, /<script src="\/embed-frame.js" defer><\/script>/);
    assert.match(answer.body, /link-target="_blank"/, 'links leave the frame');
    const csp = answer.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self';/);
    assert.match(csp, /style-src 'self'( 'sha256-[\w+/=]+')*;/);
    assert.match(csp, new RegExp(`connect-src 'self' ${api.origin};`));
    assert.ok(!csp.includes('unsafe'), csp);
    assert.match(csp, /frame-ancestors \*/);
    // Every script element either loads a file or is data (JSON, JSON-LD), which no browser runs.
    for (const [tag] of answer.body.matchAll(/<script\b[^>]*>/g)) assert.match(tag, /\ssrc="|type="application\/(ld\+)?json"/, tag);
    const oembed = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(answer.body)?.[1] ?? '';
    assert.equal(new URL(oembed.replace(/&amp;/g, '&')).searchParams.get('url'), `${service}/embed/absch-country-profile?country=ke&lang=ar`);
  });

  it('serves the scripts and style sheet the page loads, as files', async () => {
    for (const [path, type] of [['/embed.js', 'text/javascript'], ['/embed-frame.js', 'text/javascript'], ['/embed.css', 'text/css']]) {
      const answer = await get(service + path);
      assert.equal(answer.status, 200, path);
      assert.equal(answer.headers.get('content-type'), `${type}; charset=utf-8`);
      assert.match(answer.headers.get('cache-control') ?? '', /^public, max-age=\d+/);
    }
  });

  it('answers oEmbed 1.0 rich JSON for its own /embed URLs', async () => {
    const page = `${service}/embed/absch-country-profile?country=ke`;
    const answer = await get(`${service}/oembed?url=${encodeURIComponent(page)}&format=json`);
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('content-type'), 'application/json; charset=utf-8');
    const json = JSON.parse(answer.body) as Record<string, unknown>;
    assert.equal(json.type, 'rich');
    assert.equal(json.version, '1.0');
    assert.equal(json.provider_name, 'ABS Clearing-House widgets');
    assert.equal(json.cache_age, 300);
    assert.ok(typeof json.title === 'string' && json.title.includes('Kenya'), `title ${String(json.title)}`);
    assert.ok(Number.isInteger(json.width) && Number.isInteger(json.height));
    assert.match(String(json.html), new RegExp(`^<iframe src="${page.replace(/[?.]/g, '\\$&')}" width="${json.width}" height="${json.height}" title="[^"]+" loading="lazy"`));
    assert.match(String(json.html), new RegExp(`<script src="${service}/embed.js" async></script>$`));
    const narrow = JSON.parse((await get(`${service}/oembed?url=${encodeURIComponent(page)}&maxwidth=300&maxheight=200`)).body) as Record<string, unknown>;
    assert.deepEqual([narrow.width, narrow.height], [300, 200]);
  });

  it('answers 404 for any URL that is not one of its embeds, and 501 for XML', async () => {
    assert.equal((await get(`${service}/oembed?url=${encodeURIComponent(`${service}/embed/absch-record?uid=x`)}&format=xml`)).status, 501);
    for (const url of [
      'https://absch.cbd.int/countries/KE',
      `${service}/render/absch-country-profile?country=ke`,
      `${service}/embed/absch-nothing`,
      `${service}/embed/absch-country-profile?country=ke&onload=x`,
      `${service}/embed/absch-record?uid=not%20a%20uid`,
      'not a url',
    ]) {
      const answer = await get(`${service}/oembed?url=${encodeURIComponent(url)}&format=json`);
      assert.equal(answer.status, 404, url);
      assert.equal(answer.headers.get('content-type'), 'text/plain; charset=utf-8');
    }
  });
});

describe('render service: its public address and portals', () => {
  it('builds oEmbed answers on --public-url, and takes only embed URLs of that address', async () => {
    const publicUrl = 'https://widgets.example.org';
    const service = await startService({ publicUrl, portalBases: ['https://absch.cbd.int', 'https://absch.cbddev.xyz'] });
    const page = `${publicUrl}/embed/absch-record?uid=${encodeURIComponent('not a uid')}`;
    assert.equal((await get(`${service}/oembed?url=${encodeURIComponent(page)}`)).status, 404, 'the render refuses the UID');
    const good = `${publicUrl}/embed/absch-country-profile?country=ke&portal-base=${encodeURIComponent('https://absch.cbddev.xyz')}`;
    const answer = await get(`${service}/oembed?url=${encodeURIComponent(good)}`);
    assert.equal(answer.status, 200);
    const json = JSON.parse(answer.body) as { html: string; provider_url: string };
    assert.equal(json.provider_url, publicUrl);
    assert.match(json.html, /^<iframe src="https:\/\/widgets\.example\.org\/embed\/absch-country-profile\?country=ke&amp;portal-base=https%3A%2F%2Fabsch\.cbddev\.xyz"/);
    assert.match(json.html, /<script src="https:\/\/widgets\.example\.org\/embed\.js" async><\/script>$/);
    const local = `${service}/embed/absch-country-profile?country=ke`;
    assert.equal((await get(`${service}/oembed?url=${encodeURIComponent(local)}`)).status, 404, 'not the public address');
  });

  it('links to a portal of its list, and refuses one outside it', async () => {
    const service = await startService({ portalBases: ['https://absch.cbd.int', 'https://absch.cbddev.xyz'] });
    const dev = await get(`${service}${PROFILE}&portal-base=${encodeURIComponent('https://absch.cbddev.xyz/')}`);
    assert.equal(dev.status, 200);
    assert.ok(dev.body.includes('href="https://absch.cbddev.xyz/'), 'links go to the portal asked for');
    const other = await get(`${service}${PROFILE}&portal-base=${encodeURIComponent('https://phishing.example')}`);
    assert.equal(other.status, 400);
    assert.match(other.body, /allowed: https:\/\/absch\.cbd\.int, https:\/\/absch\.cbddev\.xyz/);
  });
});

describe('render service: its configuration', () => {
  it('takes repeated --api-base (the first the default), and PORT and API_BASE from the environment', () => {
    const config = parseConfig(['--port', '9000', '--api-base', 'https://api.cbd.int/', '--api-base', 'https://api.cbddev.xyz'], {});
    assert.equal(config.port, 9000);
    assert.deepEqual(config.apiBases, ['https://api.cbd.int', 'https://api.cbddev.xyz']);
    const fromEnv = parseConfig([], { PORT: '7000', API_BASE: 'http://127.0.0.1:4010, https://api.cbd.int' });
    assert.equal(fromEnv.port, 7000);
    assert.deepEqual(fromEnv.apiBases, ['http://127.0.0.1:4010', 'https://api.cbd.int']);
    assert.deepEqual(parseConfig([], {}).apiBases, ['https://api.cbd.int']);
    assert.throws(() => parseConfig(['--api-base', 'ftp://x'], {}), /only http and https/);
    assert.throws(() => parseConfig(['--frobnicate', '1'], {}), /unknown option/);
  });
});
