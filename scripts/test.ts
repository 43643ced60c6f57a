/**
 * `npm test`: every check, in the order a failure is cheapest to find, then the browser tests
 * (web-test-runner), the page tests on the built files (node:test + playwright-core) and the tests of
 * the commands (node:test: npm run api:check against mock-api). Ends with
 * one plain line, `N passed, N failed, N skipped`, over both test runners, for CI.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** Runs a command, streaming its output, and resolves with its exit code and output. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const CHECKS: [string, string[]][] = [
  ['npm', ['run', '--silent', 'localize:build']],
  ['npm', ['run', '--silent', 'typecheck']],
  ['npm', ['run', '--silent', 'lint']],
  ['npm', ['run', '--silent', 'check:translations']],
  ['npm', ['run', '--silent', 'check:glossary']],
  // Before the build, which rewrites docs/elements: the check compares the pages as committed.
  ['npx', ['tsx', 'scripts/check-manifest.ts']],
  ['npm', ['run', '--silent', 'build']],
];

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
let failedStep: string | undefined;

for (const [command, args] of CHECKS) {
  const { code } = await run(command, args);
  if (code !== 0) {
    failedStep = `${command} ${args.join(' ')}`;
    total.failed++;
    break;
  }
}

if (!failedStep) {
  const browser = await run('npx', ['wtr', '--config', 'web-test-runner.config.ts'], { NODE_OPTIONS: '--import=tsx' });
  const plain = /^(\d+) passed, (\d+) failed, (\d+) skipped$/m.exec(browser.output);
  add(plain ? { passed: +plain[1], failed: +plain[2], skipped: +plain[3] } : { passed: 0, failed: 1, skipped: 0 });
  if (browser.code !== 0 && (!plain || +plain[2] === 0)) total.failed++;

  // Node 20's test runner takes files, not globs.
  // The page tests on the built files, the commands' tests (npm run api:check against mock-api), mock-api's engine
  // the build's own rules (build/, on a fixture it bundles) and the render service (test/server).
  const nodeTests = ['test/pages', 'test/cli', 'test/mock-api/engine', 'test/build', 'test/server'].flatMap((folder) =>
    readdirSync(folder).filter((file) => file.endsWith('.test.ts')).map((file) => `${folder}/${file}`),
  );
  const pages = await run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...nodeTests]);
  const count = (name: string) => Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(pages.output)?.[1] ?? 0);
  add({ passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') });
  if (pages.code !== 0 && count('fail') + count('cancelled') === 0) total.failed++;
}

function add(counts: Counts): void {
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}

if (failedStep) console.error(`\n${failedStep} failed`);
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
