import { describe, expect, it } from 'vitest';
import { isMarketSnapshot, isMarketSnapshotFile } from '../../src/data/isMarketSnapshot.ts';
import file from '../../src/data/marketSnapshots.json';
import { LATEST_MARKET_SNAPSHOT, MARKET_SNAPSHOTS, marketSnapshotOn } from '../../src/data/marketSnapshots.ts';
import { snapshotLevels } from '../../src/data/snapshotLevels.ts';
import { checkMarketSnapshot } from '../../scripts/marketData/checkMarketSnapshot.ts';
import { defaultScenario, SEP_REFERENCE } from '../../src/model/index.ts';

describe('MARKET_SNAPSHOTS', () => {
  it('is a valid snapshot file, oldest first, ending with LATEST_MARKET_SNAPSHOT', () => {
    expect(isMarketSnapshotFile(file)).toBe(true);
    expect(LATEST_MARKET_SNAPSHOT).toBe(MARKET_SNAPSHOTS.at(-1));
  });

  it('starts with the December 2025 story: its levels, range, 10-year, CPI, priced path and SEP median', () => {
    const december = MARKET_SNAPSHOTS[0];
    expect(marketSnapshotOn('2025-12-11')).toBe(december);
    expect(snapshotLevels(december)).toEqual({
      date: '2025-12-11',
      policyRate: 3.625,
      tenYear: 4.14,
      inflation: 2.7,
      smallCap: 2590.61,
      largeCap: 6901.0,
      bitcoin: 93_000,
      pricedDecisions: [
        { date: '2026-03-18', bp: -25 },
        { date: '2026-06-17', bp: -25 },
      ],
    });
    expect(december.policyRange).toMatchObject({ lower: 3.5, upper: 3.75 });
    expect(december.pricedPath?.decisions).toEqual([
      { date: '2026-03-18', bp: -25 },
      { date: '2026-06-17', bp: -25 },
    ]);
    expect(december.sepMedian).toMatchObject({
      endOfYear: [
        { year: 2026, value: 3.4 },
        { year: 2027, value: 3.1 },
        { year: 2028, value: 3.1 },
      ],
      longerRun: 3.0,
    });
    expect(december.sepMedian.source).toMatch(/FEDTARMD/);
  });

  it("agrees with the default scenario's start snapshot, the December 2025 story's", () => {
    expect(snapshotLevels(MARKET_SNAPSHOTS[0])).toMatchObject(defaultScenario().snapshot);
  });

  it("holds the same December 2025 SEP median as the model's SEP_REFERENCE (the Fed editor's line), release date included", () => {
    const { sepMedian } = MARKET_SNAPSHOTS[0];
    expect({
      released: sepMedian.date,
      yearEnd: sepMedian.endOfYear.map(({ year, value }) => ({ year, rate: value })),
      longerRun: sepMedian.longerRun,
    }).toEqual({ released: SEP_REFERENCE.released, yearEnd: SEP_REFERENCE.yearEnd, longerRun: SEP_REFERENCE.longerRun });
  });

  it('holds each later snapshot to the checks the updater applied on its market date', () => {
    MARKET_SNAPSHOTS.slice(1).forEach((snapshot, i) => {
      expect(checkMarketSnapshot(snapshot, MARKET_SNAPSHOTS[i], snapshot.date), snapshot.date).toEqual([]);
    });
  });
});

describe('isMarketSnapshot(value)', () => {
  const december = MARKET_SNAPSHOTS[0];
  it.each([
    ['a missing source', { ...december, tenYear: { value: 4.14, date: '2025-12-11', source: '' } }],
    ['a string level', { ...december, largeCap: { ...december.largeCap, value: '6901' } }],
    ['an impossible date', { ...december, date: '2025-02-30' }],
    ['an empty SEP', { ...december, sepMedian: { ...december.sepMedian, endOfYear: [] } }],
  ])('refuses %s', (_, value) => {
    expect(isMarketSnapshot(value)).toBe(false);
  });

  it('refuses a file whose snapshots are not in increasing date order', () => {
    expect(isMarketSnapshotFile({ snapshots: [december, december] })).toBe(false);
  });
});
