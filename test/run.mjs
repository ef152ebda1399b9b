#!/usr/bin/env node
/**
 * `npm test`: runs Vitest (unit, model and app tests) and then Playwright (end-to-end tests against
 * the built site, built while Vitest runs), always both, and prints the totals across both runners
 * as its very last line:
 *
 *   N passed, N failed[, N skipped]
 *
 * Exits non-zero when a test failed, or when a runner crashed, wrote no report, reported zero
 * tests, or exited non-zero without a failing test (e.g. Vitest's unhandled errors); each such
 * runner problem counts as one failure in the totals, so the last line never hides it.
 * Arguments after `--` are ignored on purpose: run `npm run test:unit` or `npm run test:e2e` to
 * filter.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const reports = mkdtempSync(join(tmpdir(), 'rotation-lab-test-'));

/** Runs a package's CLI with this Node, output to the console; resolves with its exit code. */
function run(bin, args, env = {}) {
  const script = realpathSync(join(root, 'node_modules', '.bin', bin));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('error', (error) => {
      console.error(`${bin} could not start: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

/** Reads a JSON report, or null when the runner did not write one. */
function readReport(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Counts of Vitest's JSON report; a test file that failed to load counts as one failure. */
function countVitest(report) {
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Counts of Playwright's JSON report; flaky tests passed on a retry, global errors are failures. */
function countPlaywright(report) {
  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (report.errors ?? []).length,
    skipped: stats.skipped ?? 0,
  };
}

/** Turns a runner's exit code and report into counts, adding one failure for a runner problem. */
function settle(name, code, report, count) {
  if (!report) {
    console.error(`\n${name}: no report was written (exit code ${code}); counted as 1 failure.`);
    return { passed: 0, failed: 1, skipped: 0 };
  }
  const counts = count(report);
  if (counts.passed + counts.failed + counts.skipped === 0) {
    console.error(`\n${name}: reported zero tests; counted as 1 failure.`);
    counts.failed += 1;
  } else if (code !== 0 && counts.failed === 0) {
    console.error(`\n${name}: exited with code ${code} though no test failed; counted as 1 failure.`);
    counts.failed += 1;
  }
  return counts;
}

/**
 * Builds the site for Playwright into E2E_DIST (default dist/) while Vitest runs: the build uses
 * about one core, which Vitest's workers leave idle at times, instead of running alone before the
 * browser tests (issue 12 item 14). Resolves with true when it built; its output is kept for a
 * failure, after which Playwright builds the site itself (and shows the same error).
 */
function buildSite() {
  const script = realpathSync(join(root, 'node_modules', '.bin', 'vite'));
  const outDir = process.env.E2E_DIST ?? 'dist';
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => {
      console.error(`The site's build could not start (${error.message}); Playwright builds it.`);
      resolve(false);
    });
    child.on('close', (code) => {
      if (code !== 0) console.error(`${output}\nThe site's build failed (exit code ${code}); Playwright builds it again.`);
      resolve(code === 0);
    });
  });
}

const siteBuilt = buildSite();
const vitestReport = join(reports, 'vitest.json');
const vitestCode = await run('vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
const vitest = settle('Vitest', vitestCode, readReport(vitestReport), countVitest);

const prebuilt = await siteBuilt;
console.log(`\nEnd-to-end tests (Playwright serves the site${prebuilt ? ', built while Vitest ran,' : ''} from a sub-path)…\n`);
const playwrightReport = join(reports, 'playwright.json');
const playwrightCode = await run('playwright', ['test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport,
  ...(prebuilt ? { E2E_PREBUILT: '1' } : {}),
});
const playwright = settle('Playwright', playwrightCode, readReport(playwrightReport), countPlaywright);

rmSync(reports, { recursive: true, force: true });

const passed = vitest.passed + playwright.passed;
const failed = vitest.failed + playwright.failed;
const skipped = vitest.skipped + playwright.skipped;
console.log(`\nVitest: ${vitest.passed} passed, ${vitest.failed} failed, ${vitest.skipped} skipped`);
console.log(`Playwright: ${playwright.passed} passed, ${playwright.failed} failed, ${playwright.skipped} skipped`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
