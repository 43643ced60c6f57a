/**
 * `npm run api:check` against mock-api in each of its worlds: the probe must read every shape in
 * every world the library copes with, must say which world it is in, and must fail when a shape an
 * element needs fails. The command itself is run once, as a maintainer runs it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { runCheck, type CheckResult } from '../../scripts/api-check/check.ts';
import { startLoopbackServer, type LoopbackServer } from '../../scripts/loopback-server.ts';

let server: LoopbackServer;
before(async () => {
  server = await startLoopbackServer({});
});
after(() => server.close());

const world = (result: CheckResult, start: string): string => {
  const row = result.world.find((item) => item.question.startsWith(start));
  assert.ok(row, `no world row starting "${start}"`);
  return row.answer;
};
const base = (switches: string) => `${server.origin}/__mock/${switches}`;
const failedShapes = (result: CheckResult) => result.shapes.filter((row) => !row.ok).map((row) => `${row.shape}: ${row.fields}`);

describe('npm run api:check', () => {
  it('reads every shape of the default mock and says what it answers to each open question', async () => {
    const result = await runCheck(server.origin);
    assert.deepEqual(failedShapes(result), []);
    assert.ok(result.ok);
    assert.ok(result.shapes.length >= 15, `${result.shapes.length} shapes`);
    assert.ok(result.shapes.every((row) => row.statuses.length > 0 && row.statuses.every((status) => status === 200)));
    assert.equal(world(result, 'repeated GET keys'), 'every value is kept');
    assert.equal(world(result, 'local params'), 'honoured');
    assert.match(world(result, 'a hyphenated UID'), /^unquoted finds \d+, quoted 1 /);
    assert.match(world(result, 'CORS headers on a 404'), /^HTTP 404, Access-Control-Allow-Origin: \*$/);
    assert.match(world(result, 'POST of JSON arrays'), /^answered, same count as GET/);
  });

  for (const [switches, question, expected] of [
    ['localparams=strip', 'local params', /^not honoured/],
    ['hl=ignore', 'highlighting', /^no highlighting; ignored: hl/],
    ['repeated=last', 'repeated GET keys', /^only the last value is kept$/],
    ['errorcors=0', 'CORS headers on a 404', /Access-Control-Allow-Origin: absent$/],
    ['autophrase=1', 'a hyphenated UID', /^both find 1 /],
  ] as const) {
    it(`under ${switches}: every shape is still read, and the probe says so`, async () => {
      const result = await runCheck(base(switches));
      assert.deepEqual(failedShapes(result), []);
      assert.match(world(result, question), expected);
    });
  }

  it('as a command: prints the table and exits 0', () => {
    const good = spawnSync('npx', ['tsx', 'scripts/api-check.ts', server.origin], { encoding: 'utf8' });
    assert.equal(good.status, 0, good.stderr);
    assert.match(good.stdout, /^shape +\| status +\| fields the elements read +\| nonSupportedParams +\| ms$/m);
    assert.match(good.stdout, /Every shape the elements need was answered and read\./);
  });
});
