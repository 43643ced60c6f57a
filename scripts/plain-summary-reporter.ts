/**
 * A web-test-runner reporter that ends the run with the plain line `N passed, N failed, N skipped`
 * that CI reads. Written at process exit so it is the last line, after wtr's own summary.
 */
import type { Reporter, TestSuiteResult } from '@web/test-runner';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function count(suite: TestSuiteResult | undefined, into: Counts): void {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) into.skipped++;
    else if (test.passed) into.passed++;
    else into.failed++;
  }
  for (const child of suite.suites) count(child, into);
}

export function plainSummaryReporter(): Reporter {
  return {
    onTestRunFinished({ sessions }) {
      const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, counts);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed++;
      }
      process.on('exit', () => {
        process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
      });
    },
  };
}
