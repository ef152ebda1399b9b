import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isMarketSnapshotFile } from '../../../src/data/isMarketSnapshot.ts';
import { readResponsesFromDir, type Responses } from '../../../scripts/marketData/readResponses.ts';
import { EXIT, updateMarketData } from '../../../scripts/marketData/updateMarketData.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const APP_FILE = join(import.meta.dirname, '../../../src/data/marketSnapshots.json');
const TODAY = '2026-12-02';

// One scratch folder for the file's copies, removed afterwards (a folder per copy was left behind in the temp dir).
const scratch = mkdtempSync(join(tmpdir(), 'rl-market-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let copies = 0;

/** A fresh copy of the app's snapshot file to update, and its text before the update. */
function snapshotFileCopy(): { out: string; before: string } {
  const out = join(scratch, `marketSnapshots-${++copies}.json`);
  copyFileSync(APP_FILE, out);
  return { out, before: readFileSync(out, 'utf8') };
}

function run(responses: Responses, today = TODAY) {
  const { out, before } = snapshotFileCopy();
  const outcome = updateMarketData(responses, { out, today, origin: 'fixtures', isAppFile: false });
  return { ...outcome, before, after: readFileSync(out, 'utf8'), report: outcome.lines.join('\n') };
}

/** The good fixtures with one series' text replaced. */
function goodWith(id: keyof Responses, edit: (text: string) => string): Responses {
  const responses = readResponsesFromDir(join(FIXTURES, 'good'));
  const response = responses[id];
  if ('text' in response) responses[id] = { text: edit(response.text) };
  return responses;
}

describe('updateMarketData(responses, options)', () => {
  it('appends a snapshot built from a complete, sane download, each value with its date and source', () => {
    const { code, after, report } = run(readResponsesFromDir(join(FIXTURES, 'good')));
    expect(code).toBe(EXIT.ok);
    expect(report).toContain('New snapshot 2026-11-27 (November 2026) written, after 2025-12-11');
    const file: unknown = JSON.parse(after);
    expect(isMarketSnapshotFile(file)).toBe(true);
    if (!isMarketSnapshotFile(file)) return;
    expect(file.snapshots.map((s) => s.date)).toEqual(['2025-12-11', '2026-11-27']);
    const added = file.snapshots[1];
    expect(added.policyRange).toMatchObject({ lower: 3, upper: 3.25, date: '2026-11-27' });
    expect(added.tenYear).toMatchObject({ value: 4, date: '2026-11-27', source: expect.stringContaining('DGS10') });
    expect(added.largeCap).toMatchObject({ value: 7162.4, date: '2026-11-27', source: expect.stringContaining('SP500') });
    expect(added.bitcoin).toMatchObject({ value: 99640.25, date: '2026-11-27', source: expect.stringContaining('CBBTCUSD') });
    // October 2025 is missing in the fixture (as after the 2025 shutdown), so September 2026 is used.
    expect(added.inflation).toMatchObject({ value: 2.7, date: '2026-09-01' });
    expect(report).toContain("2026-10 has no value twelve months earlier, so the change is 2026-09's");
    expect(added.sepMedian).toMatchObject({ longerRun: 3.1, date: '2026-09-16' });
    expect(added.sepMedian.endOfYear.map((p) => p.year)).toEqual([2026, 2027, 2028, 2029]);
    // No public no-key source: the Russell 2000 keeps its old level and date, and no priced path is recorded.
    expect(added.smallCap).toEqual(file.snapshots[0].smallCap);
    expect(added.pricedPath).toBeNull();
    expect(report).toMatch(/Russell 2000: no public no-key source/);
  });

  it('keeps the old snapshot and names each broken file when a download is broken', () => {
    const { code, before, after, report } = run(readResponsesFromDir(join(FIXTURES, 'broken')));
    expect(code).toBe(EXIT.kept);
    expect(after).toBe(before);
    expect(report).toContain('DGS10: not a CSV: the response is an HTML page');
    expect(report).toContain('SP500: line 11: "2026-11-2" has 1 field, expected 2');
    expect(report).toContain('Kept the snapshot of 2025-12-11; nothing was written.');
  });

  it('keeps the old snapshot and names each missing series when a download is partial', () => {
    const { code, before, after, report } = run(readResponsesFromDir(join(FIXTURES, 'partial')));
    expect(code).toBe(EXIT.kept);
    expect(after).toBe(before);
    expect(report).toMatch(/CBBTCUSD: no file CBBTCUSD\.csv/);
    expect(report).toMatch(/FEDTARMDLR: no file FEDTARMDLR\.csv/);
  });

  it.each([
    ['a download that stops two weeks early', 'SP500', (t: string) => t.split('\n').slice(0, 4).join('\n'), /market date: dated 2026-11-17, 15 days old \(at most 10\)/],
    ['an S&P 500 in cents', 'SP500', (t: string) => t.replace('7162.40', '716240'), /S&P 500: 716240 is outside 100–100000/],
    ['a range that is not 25 bp wide', 'DFEDTARU', (t: string) => t.replaceAll('3.25', '3.75'), /target range 3–3.75: not 25 bp wide/],
    ['a yield in basis points', 'DGS10', (t: string) => t.replace('2026-11-27,4.00', '2026-11-27,400'), /10-year yield: 400 is outside -1–20/],
    ['a CPI with less than a year of history', 'CPIAUCSL', (t: string) => t.split('\n').filter((l) => !l.startsWith('2025')).join('\n'), /CPIAUCSL: no month with a value twelve months earlier/],
    ['no SEP median for the coming years', 'FEDTARMD', (t: string) => t.split('\n').filter((l) => !/^202[6-9]/.test(l)).join('\n'), /FEDTARMD: no end-of-year median for 2026 or later/],
  ] as const)('keeps the old snapshot and says why for %s', (_, id, edit, reason) => {
    const { code, before, after, report } = run(goodWith(id, edit));
    expect(code).toBe(EXIT.kept);
    expect(after).toBe(before);
    expect(report).toMatch(reason);
  });

  it('keeps the old snapshot when the data is dated after today', () => {
    const { code, report } = run(readResponsesFromDir(join(FIXTURES, 'good')), '2026-11-20');
    expect(code).toBe(EXIT.kept);
    expect(report).toMatch(/market date: dated 2026-11-27, after today \(2026-11-20\)/);
  });

  it('takes the range in effect the day after when the market date is an FOMC decision day', () => {
    // FRED dates a new range from the day after the decision (2026-10-28 is a published meeting).
    const csv = (id: string, rows: [string, string][]) => `observation_date,${id}\n${rows.map((r) => r.join(',')).join('\n')}\n`;
    const responses = readResponsesFromDir(join(FIXTURES, 'good'));
    responses.SP500 = { text: csv('SP500', [['2026-10-27', '7001.00'], ['2026-10-28', '7050.00']]) };
    responses.DGS10 = { text: csv('DGS10', [['2026-10-27', '4.10'], ['2026-10-28', '4.05']]) };
    responses.CBBTCUSD = { text: csv('CBBTCUSD', [['2026-10-27', '99000.00'], ['2026-10-28', '99500.00']]) };
    responses.DFEDTARU = { text: csv('DFEDTARU', [['2026-10-27', '3.25'], ['2026-10-28', '3.25'], ['2026-10-29', '3.00']]) };
    responses.DFEDTARL = { text: csv('DFEDTARL', [['2026-10-27', '3.00'], ['2026-10-28', '3.00'], ['2026-10-29', '2.75']]) };
    const { code, after, report } = run(responses, '2026-11-02');
    expect(report).toContain('2026-10-28 is an FOMC decision day: the target range is the one in effect from 2026-10-29');
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(after).snapshots[1].policyRange).toMatchObject({ lower: 2.75, upper: 3, date: '2026-10-29' });
  });

  it('writes nothing and says so when the file already has the latest market date', () => {
    const { out } = snapshotFileCopy();
    const responses = readResponsesFromDir(join(FIXTURES, 'good'));
    updateMarketData(responses, { out, today: TODAY, origin: 'fixtures', isAppFile: false });
    const once = readFileSync(out, 'utf8');
    const again = updateMarketData(responses, { out, today: TODAY, origin: 'fixtures', isAppFile: false });
    expect(again.code).toBe(EXIT.ok);
    expect(again.lines.join('\n')).toContain('Already up to date: the latest market date is 2026-11-27.');
    expect(readFileSync(out, 'utf8')).toBe(once);
  });

  it('refuses to write test fixtures into the app data file', () => {
    const { out, before } = snapshotFileCopy();
    const outcome = updateMarketData(readResponsesFromDir(join(FIXTURES, 'good')), { out, today: TODAY, origin: 'fixtures', isAppFile: true });
    expect(outcome.code).toBe(EXIT.usage);
    expect(outcome.lines.join('\n')).toContain('These are test fixtures, not market data');
    expect(readFileSync(out, 'utf8')).toBe(before);
  });
});
