/**
 * The bench's sanity check: `npm run bench -- --quick --runs 1` runs on this machine and writes a
 * well-formed results file, and the performance page beside it. Its figures are printed for people, never asserted.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');

describe('npm run bench -- --quick --runs 1', () => {
  it('runs and writes a well-formed results file', { timeout: 240_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'absch-bench-'));
    try {
      const file = join(out, 'results.json');
      execFileSync(join(root, 'node_modules/.bin/tsx'), ['bench/run.ts', '--quick', '--runs', '1', '--no-build', '--out', file], { cwd: root, stdio: 'ignore' });
      const results = JSON.parse(readFileSync(file, 'utf8')) as {
        commit: string;
        chromium: string;
        date: string;
        runs: number;
        size: Record<string, { raw: number; gzip: number; brotli: number }>;
        allInOneComposition: Record<string, { raw: number; gzip: number }>;
        views: Record<string, { ours: { requests: number }; timeMs: { median: number; min: number; max: number; runs: number } }>;
        repeatVisit: { firstVisitMs: { median: number }; repeatVisitMs: { median: number } };
        mockApi: Record<string, { median: number }>;
        renderService: Record<'cached' | 'uncached', { requests: number; requestsPerSecond: number }>;
        serverRendering: { fragment: { raw: number; gzip: number; answersRaw: number }; clientOnlyMs: { runs: number }; serverRenderedMsWith150msLatency: { runs: number } };
      };
      assert.match(results.commit, /^[0-9a-f]{7,}$/);
      assert.match(results.chromium, /^\d+\./);
      assert.ok(!Number.isNaN(Date.parse(results.date)));
      assert.equal(results.runs, 1);
      assert.ok(results.size['dist/cdn/absch-widgets.js'].gzip > 0);
      // Where the bytes go: every group named, and the groups account for the file (source maps cover all of it).
      const shares = Object.values(results.allInOneComposition);
      assert.ok(Object.keys(results.allInOneComposition).some((group) => group.startsWith('lit')) && 'our code: api/' in results.allInOneComposition);
      const raw = shares.reduce((sum, share) => sum + share.raw, 0);
      assert.ok(Math.abs(raw - results.size['dist/cdn/absch-widgets.js'].raw) / raw < 0.05, `groups ${raw} B, file ${results.size['dist/cdn/absch-widgets.js'].raw} B`);
      assert.deepEqual(Object.keys(results.views).length, 8);
      assert.ok(results.repeatVisit.repeatVisitMs.median > 0 && results.repeatVisit.firstVisitMs.median > 0);
      for (const [name, view] of Object.entries(results.views)) {
        assert.ok(view.ours.requests >= 1, name);
        assert.equal(view.timeMs.runs, 1, name);
        assert.ok(view.timeMs.min <= view.timeMs.median && view.timeMs.median <= view.timeMs.max, name);
      }
      assert.ok(Object.keys(results.mockApi).length >= 4);
      assert.ok(results.renderService.cached.requestsPerSecond > 0 && results.renderService.uncached.requests === 12, JSON.stringify(results.renderService));
      const ssr = results.serverRendering;
      assert.ok(ssr.fragment.gzip > 0 && ssr.fragment.answersRaw > 0 && ssr.fragment.answersRaw < ssr.fragment.raw, JSON.stringify(ssr.fragment));
      assert.deepEqual([ssr.clientOnlyMs.runs, ssr.serverRenderedMsWith150msLatency.runs], [1, 1]);
      // The page for readers goes beside the results file (never over docs/performance.md), with the run's commit and every view.
      const page = readFileSync(join(out, 'performance.md'), 'utf8');
      assert.ok(page.includes(`at commit ${results.commit} by \`npm run bench -- --quick`), 'the page says which commit and command');
      for (const name of Object.keys(results.views)) assert.ok(page.includes(`| ${name.replace(/</g, '&lt;')} |`), `the page has a row for ${name}`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
