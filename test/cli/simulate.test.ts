import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/model/defaultScenario.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const TIMEOUT = 120_000;

/**
 * Runs the CLI as `npm run simulate` does (tsx), in a child process, and resolves with its exit
 * code and output. Node loads tsx as a module hook in the one process: `npx tsx` would start npm
 * and a second Node on top of it for every run.
 */
function cli(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/simulate.ts', ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ status, stdout, stderr: stderr.split('\n').filter((line) => line !== '').join('\n') });
      },
    );
  });
}

// One temporary folder for the whole file, removed at the end so runs leave nothing in the temp dir.
const scratch = mkdtempSync(join(tmpdir(), 'rotation-lab-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let scenarioFiles = 0;

function scenarioFile(content: string): string {
  const file = join(scratch, `scenario-${(scenarioFiles += 1)}.json`);
  writeFileSync(file, content);
  return file;
}

// Each test is a child process of its own, so they run at once (a core idle in one is used by another).
describe.concurrent('simulate CLI', { timeout: TIMEOUT }, () => {
  it('--help prints the usage and exits 0', async () => {
    const { status, stdout } = await cli('--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run --silent simulate -- \[options\]/);
    expect(stdout).toMatch(/--list-presets/);
    expect(stdout).toMatch(/--scenario FILE +a complete scenario file[\s\S]*Export → Scenario file[\s\S]*--print-scenario/);
  });

  it('--list-presets prints every preset and replay with id, title and claim', async () => {
    const { status, stdout } = await cli('--list-presets');
    expect(status).toBe(0);
    const listed = JSON.parse(stdout);
    expect(listed.presets.map((p: { id: string }) => p.id)).toEqual([
      'consensus',
      'goldilocks',
      'labor-rolls-over',
      'sticky-inflation',
      'hawkish-pivot',
      'hard-landing',
      'blended',
    ]);
    expect(listed.replays.map((r: { id: string }) => r.id)).toEqual(['cut-1995', 'cut-1998', 'cut-2001', 'cut-2007', 'cut-2019', 'cut-2024']);
    for (const entry of [...listed.presets, ...listed.replays]) {
      expect(Object.keys(entry)).toEqual(['id', 'title', 'claim']);
    }
  });

  it('--preset consensus --paths 2000 prints one JSON object with plain-array fans, risk and attribution', async () => {
    const { status, stdout, stderr } = await cli('--preset', 'consensus', '--paths', '2000');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const summary = JSON.parse(stdout);
    expect(summary.scenario).toEqual({ id: 'consensus', title: 'Two cuts (consensus)' });
    expect(summary).toMatchObject({ months: 24, paths: 2000, seed: defaultScenario().seed });
    for (const series of ['smallCap', 'largeCap', 'bitcoin', 'relative', 'policyRate', 'tenYear', 'inflation']) {
      for (const key of ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'mean']) {
        const fan = summary.fans[series][key];
        expect(Array.isArray(fan)).toBe(true);
        expect(fan).toHaveLength(25);
        expect(fan.every(Number.isFinite)).toBe(true);
      }
    }
    expect(summary.fans.largeCap.p50[0]).toBeCloseTo(6901, 6);
    expect(summary.fans.largeCap.p5[12]).toBeLessThan(summary.fans.largeCap.p95[12]);
    expect(Array.isArray(summary.terminal.bitcoin.edges)).toBe(true);
    expect(summary.risk.smallCap.probLoss.value).toBeGreaterThan(0);
    expect(typeof summary.attribution.largeCap.total).toBe('number');
  });

  it('flags override the scenario, and the same seed prints the same numbers', async () => {
    const [first, second] = await Promise.all([
      cli('--preset', 'cut-2019', '--paths', '300', '--months', '12', '--seed', '7'),
      cli('--preset', 'cut-2019', '--paths', '300', '--months', '12', '--seed', '7'),
    ]);
    expect(first.status).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary).toMatchObject({ months: 12, paths: 300, seed: 7, scenario: { id: 'cut-2019' } });
    expect(second.stdout).toBe(first.stdout);
  });

  it('runs a scenario file', async () => {
    const scenario = { ...defaultScenario(), paths: 200, months: 6 };
    const { status, stdout } = await cli('--scenario', scenarioFile(JSON.stringify(scenario)));
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ months: 6, paths: 200 });
  });

  it('runs a schema-1 (model v1) file, migrated, with a note on stderr that its numbers come from model v2', async () => {
    const v1 = JSON.parse(JSON.stringify({ ...defaultScenario(), paths: 200, months: 6, version: 1 }));
    delete v1.snapshot.pricedDecisions;
    for (const key of ['policy.informationWeight', 'yields.stockBondCorrelation', 'backdrop.recoveryMonths', 'smallCap.growthUncertainty', 'largeCap.growthUncertainty']) {
      const [part, field] = key.split('.');
      delete v1.branches[0][part][field];
    }
    const { status, stdout, stderr } = await cli('--scenario', scenarioFile(JSON.stringify(v1)));
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ months: 6, paths: 200 });
    expect(stderr).toMatch(/schema v1 scenario; it runs in model v2/);
  });

  it('a bad scenario file exits 2 with one plain line per mistake on stderr, each saying its field once', async () => {
    const scenario: Record<string, unknown> = { ...defaultScenario(), paths: 'many', months: 500, extra: true };
    const { status, stdout, stderr } = await cli('--scenario', scenarioFile(JSON.stringify(scenario)));
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      'extra is not a field of a scenario; the fields are version, seed, paths, months, returnMode, snapshot, branches',
      'paths must be an integer from 100 to 1,000,000 (paths); got "many"',
      'months must be an integer from 6 to 120 (months); got 500',
    ]);
  });

  it('a partial file gives one line for its wrong field and one line for everything missing, saying how to get a complete file', async () => {
    const { status, stderr } = await cli('--scenario', scenarioFile(JSON.stringify({ months: 1000 })));
    expect(status).toBe(2);
    const lines = stderr.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('months must be an integer from 6 to 120 (months); got 1000');
    expect(lines[1]).toMatch(/^the scenario is incomplete: it has no version, snapshot, branches, seed, paths, returnMode; .*--print-scenario/);
    expect(stderr).not.toMatch(/\(input\)|\[received/);
  });

  it('--print-scenario prints a complete scenario file that --scenario runs, and the app\'s saved-file wrapper is read', async () => {
    const printed = await cli('--preset', 'cut-2019', '--paths', '200', '--months', '6', '--print-scenario');
    expect(printed.status).toBe(0);
    expect(JSON.parse(printed.stdout)).toMatchObject({ format: 'rotation-lab-scenario', scenario: { paths: 200, months: 6 } });
    const { status, stdout } = await cli('--scenario', scenarioFile(printed.stdout));
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ months: 6, paths: 200 });
  });

  it.each([
    ['a file that is not JSON', () => ['--scenario', scenarioFile('{ not json')], /The file is not JSON/],
    ['a file that does not exist', () => ['--scenario', '/nonexistent/scenario.json'], /cannot read \/nonexistent\/scenario.json/],
    ['an unknown preset', () => ['--preset', 'moon'], /there is no preset or replay called "moon"/],
    ['a flag out of range', () => ['--paths', '5'], /^paths must be an integer from 100 to 1,000,000 \(paths\); got 5$/],
  ])('%s exits 2 with the error on stderr', async (_, args, message) => {
    const { status, stdout, stderr } = await cli(...args());
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it.each([
    ['an unknown flag', ['--bogus']],
    ['a non-numeric number', ['--paths', 'abc']],
    ['a flag without its value', ['--seed']],
    ['both --preset and --scenario', ['--preset', 'consensus', '--scenario', 'x.json']],
    ['a positional argument', ['consensus']],
  ])('%s prints the usage and exits 2', async (_, args) => {
    const { status, stdout, stderr } = await cli(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^simulate: .+\nUsage:/);
  });
});
