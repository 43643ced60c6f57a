/**
 * `npm run api:check` against mock-api in each of its worlds: the probe must read every shape in
 * every world the library copes with, must say which world it is in, and must fail when a shape an
 * element needs fails. The command itself is run once, as a maintainer runs it.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
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
const run = promisify(execFile);
/** `npm run api:check -- <base>` as a maintainer runs it: its exit code and output. */
async function command(base: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/api-check.ts', base], { encoding: 'utf8', timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
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

  it('fails, naming the shapes, when the API answers errors', async () => {
    const result = await runCheck(base('status=500,only=index'));
    assert.equal(result.ok, false);
    const failed = result.shapes.filter((row) => !row.ok);
    assert.ok(failed.length > 5, `${failed.length} failed shapes`);
    assert.ok(failed.every((row) => row.statuses.includes(500)));
    // The countries answer is not switched: its shape is still read.
    assert.ok(result.shapes.find((row) => row.shape === 'countries')?.ok);
  });

  // The command runs as a child process. It must not be run with spawnSync: that blocks this
  // process's event loop, and with it the mock-api server the child is asking.
  it('as a command: prints the table and exits 0, or 1 when a shape fails', async () => {
    const good = await command(server.origin);
    assert.equal(good.code, 0, good.stderr);
    assert.match(good.stdout, /^shape +\| status +\| fields the elements read +\| nonSupportedParams +\| ms$/m);
    assert.match(good.stdout, /Every shape the elements need was answered and read\./);
    const bad = await command(base('status=503,only=countries'));
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /shape\(s\) the elements need failed\./);
  });
});
