import { describe, expect, it } from 'vitest';
import { REPLAYS, replayById } from '../../src/model/history.ts';
import { validateScenario } from '../../src/model/validateScenario.ts';

// MODEL §6, row by row: id, snapshot date, 10y start/end, CPI start/next, S&P 500, Russell 2000, bitcoin.
const TABLE = [
  ['cut-1995', '1995-07', '1995-06-30', 6.17, 6.91, 3.0, 2.8, 0.231, 0.222, null],
  ['cut-1998', '1998-09', '1998-08-31', 5.34, 5.94, 1.6, 2.3, 0.379, 0.266, null],
  ['cut-2001', '2001-01', '2000-12-31', 5.24, 5.09, 3.4, 1.6, -0.13, 0.01, null],
  ['cut-2007', '2007-09', '2007-08-31', 4.67, 3.89, 2.0, 5.4, -0.13, -0.067, null],
  ['cut-2019', '2019-08', '2019-07-31', 2.06, 0.62, 1.8, 1.0, 0.098, -0.06, 0.125],
  ['cut-2024', '2024-09', '2024-08-31', 3.87, 4.26, 2.5, 2.9, 0.144, 0.067, 0.835],
] as const;

const PATH_ENDS: Record<string, [number, number]> = {
  'cut-1995': [6.0, 5.27],
  'cut-1998': [5.55, 5.07],
  'cut-2001': [6.4, 1.82],
  'cut-2007': [5.02, 2.0],
  'cut-2019': [2.4, 0.09],
  'cut-2024': [5.33, 4.33],
};

describe('REPLAYS', () => {
  it('holds the six cutting cycles of MODEL §6, oldest first', () => {
    expect(REPLAYS.map((r) => r.id)).toEqual(TABLE.map((row) => row[0]));
  });

  it.each(TABLE)('%s: the realized outcome matches the table', (id, firstCut, date, y0, y1, cpi0, cpi1, large, small, bitcoin) => {
    const replay = replayById(id)!;
    expect(replay.firstCut).toBe(firstCut);
    expect(replay.realized).toMatchObject({
      months: 12,
      tenYearStart: y0,
      tenYearEnd: y1,
      inflationStart: cpi0,
      inflationNext12: cpi1,
      largeCap: large,
      smallCap: small,
      bitcoin,
      smallBeatLarge: small > large,
    });
    expect(replay.realized.policyPath).toHaveLength(13);
    expect([replay.realized.policyPath[0], replay.realized.policyPath[12]]).toEqual(PATH_ENDS[id]);
    expect(replay.scenario().snapshot.date).toBe(date);
    expect(replay.sources).toMatch(/FEDFUNDS.*GS10.*CPI-U/);
    expect(replay.claim.length).toBeGreaterThan(0);
  });

  it('small caps beat large caps in exactly two of the six cycles (2001 and 2007)', () => {
    expect(REPLAYS.filter((r) => r.realized.smallBeatLarge).map((r) => r.id)).toEqual(['cut-2001', 'cut-2007']);
  });

  it.each(REPLAYS.map((r) => [r.id, r] as const))('%s: its scenario validates and starts the month before the first cut', (_, replay) => {
    const scenario = replay.scenario();
    expect(validateScenario(scenario).ok).toBe(true);
    expect(scenario.months).toBe(12);
    expect(scenario.branches).toHaveLength(1);
    const { snapshot } = scenario;
    expect(snapshot).toMatchObject({
      policyRate: replay.realized.policyPath[0],
      tenYear: replay.realized.tenYearStart,
      inflation: replay.realized.inflationStart,
      smallCap: 100,
      largeCap: 100,
      bitcoin: 100,
    });
    // The month-end of the month before the first cut.
    const [year, month] = replay.firstCut.split('-').map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(year, month - 1, 0));
    expect(snapshot.date).toBe(lastDay.toISOString().slice(0, 10));
  });

  it.each(REPLAYS.map((r) => [r.id, r] as const))('%s: its decisions rebuild the realized monthly path, one per month-step', (_, replay) => {
    const scenario = replay.scenario();
    const decisions = scenario.branches[0]!.policy.decisions;
    expect(decisions).toHaveLength(12);
    let rate = scenario.snapshot.policyRate;
    decisions.forEach((decision, i) => {
      expect(Number.isInteger(decision.bp)).toBe(true);
      rate += decision.bp / 100;
      expect(rate).toBeCloseTo(replay.realized.policyPath[i + 1]!, 9);
      expect(decision.date > scenario.snapshot.date).toBe(true);
    });
  });

  it('replayById returns undefined for an unknown id and fresh scenarios on each call', () => {
    expect(replayById('cut-1929')).toBeUndefined();
    const replay = replayById('cut-2024')!;
    const first = replay.scenario();
    first.branches[0]!.policy.decisions = [];
    expect(replay.scenario().branches[0]!.policy.decisions).toHaveLength(12);
  });
});
