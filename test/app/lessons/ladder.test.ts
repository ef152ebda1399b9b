import { describe, expect, it } from 'vitest';
import { defaultScenario, fomcCalendar, REPLAYS } from '../../../src/model/index.ts';
import { withExtraMoves } from '../../../src/lessons/extraMoves.ts';
import { withTenYearShock } from '../../../src/lessons/withTenYearShock.ts';
import { ladderGrid, MOVE_STEPS, TEN_YEAR_STEPS } from '../../../src/lessons/ladderGrid.ts';
import { passChunks } from '../../../src/lessons/passChunks.ts';
import { medianSe } from '../../../src/lessons/medianSe.ts';

const totalBp = (decisions: { bp: number }[]) => decisions.reduce((sum, d) => sum + d.bp, 0);

describe('withExtraMoves(scenario, n)', () => {
  const base = defaultScenario(); // two cuts, March and June 2026
  const meetings = fomcCalendar(base.snapshot.date, base.months);

  it('adds n × 25 bp at the next |n| meetings (cuts below zero, hikes above), leaving the input untouched', () => {
    const cut = withExtraMoves(base, -3);
    const decisions = cut.branches[0]!.policy.decisions;
    expect(totalBp(decisions)).toBe(totalBp(base.branches[0]!.policy.decisions) - 75);
    // January, March (which already had a cut) and April 2026; June keeps its own cut.
    expect(decisions.slice(0, 3).map((d) => d.date)).toEqual(meetings.slice(0, 3).map((m) => m.date));
    expect(decisions.map((d) => d.bp)).toEqual([-25, -50, -25, -25]);
    expect(base.branches[0]!.policy.decisions).toHaveLength(2);
    const hike = withExtraMoves(base, 2).branches[0]!.policy.decisions;
    expect(totalBp(hike)).toBe(-50 + 50);
  });

  it('adds a move to a meeting that already has a decision instead of listing the date twice', () => {
    const scenario = defaultScenario();
    scenario.branches[0]!.policy.decisions = [{ date: meetings[0]!.date, bp: -25 }];
    const next = withExtraMoves(scenario, -1).branches[0]!.policy.decisions;
    expect(next).toEqual([{ date: meetings[0]!.date, bp: -50 }]);
  });

  it('moves every branch of a mixture, keeps decisions in date order, and is the scenario itself for n = 0', () => {
    const scenario = defaultScenario();
    scenario.branches = [structuredClone(scenario.branches[0]!), structuredClone(scenario.branches[0]!)];
    const next = withExtraMoves(scenario, 4);
    for (const branch of next.branches) {
      const dates = branch.policy.decisions.map((d) => d.date);
      expect(dates).toEqual([...dates].sort());
      expect(totalBp(branch.policy.decisions)).toBe(-50 + 100);
    }
    expect(withExtraMoves(scenario, 0)).toEqual(scenario);
  });

  it('uses the monthly pseudo-meetings of a history replay', () => {
    const replay = REPLAYS[0]!.scenario();
    const next = withExtraMoves(replay, -2);
    expect(totalBp(next.branches[0]!.policy.decisions)).toBe(totalBp(replay.branches[0]!.policy.decisions) - 50);
  });
});

describe('withTenYearShock(scenario, bp)', () => {
  it('adds one permanent shock of bp from month 1 to every branch, and nothing for 0', () => {
    const base = defaultScenario();
    expect(withTenYearShock(base, -50).branches[0]!.yields.shocks).toEqual([{ size: -50, start: 1, permanent: true, halfLife: 12 }]);
    expect(withTenYearShock(base, 0)).toEqual(base);
    expect(base.branches[0]!.yields.shocks).toEqual([]);
  });
});

describe('ladderGrid(scenario)', () => {
  it('has nine rungs of extra moves (−4…+4) and nine 10-year shocks (−100…+100 bp), with the current scenario at 0 on both', () => {
    const base = defaultScenario();
    const grid = ladderGrid(base);
    expect(grid.filter((r) => r.axis === 'moves').map((r) => r.step)).toEqual([...MOVE_STEPS]);
    expect(grid.filter((r) => r.axis === 'tenYear').map((r) => r.step)).toEqual([...TEN_YEAR_STEPS]);
    expect(MOVE_STEPS).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
    expect(TEN_YEAR_STEPS[0]).toBe(-100);
    expect(TEN_YEAR_STEPS.at(-1)).toBe(100);
    for (const rung of grid.filter((r) => r.step === 0)) expect(rung.scenario).toEqual(base);
  });
});

describe('passChunks(scenario, budgets)', () => {
  it('gives fewer chunks to longer horizons, at least one, at most the scenario has, and drops repeated passes', () => {
    const s = defaultScenario(); // 10 chunks, 24 months
    expect(passChunks(s, [48, 240])).toEqual([2, 10]);
    expect(passChunks({ ...s, months: 120 }, [48, 240])).toEqual([1, 2]);
    expect(passChunks({ ...s, paths: 1000 }, [48, 240])).toEqual([1]);
    expect(passChunks({ ...s, paths: 1_000_000 }, [48, 2400])).toEqual([2, 100]);
  });
});

describe('medianSe(p25, p75, n)', () => {
  it('is √(π/2)·σ/√n with σ = IQR/1.349, and NaN without paths', () => {
    const sigma = 1.349; // IQR 1.349 ⇒ σ = 1
    expect(medianSe(-sigma / 2, sigma / 2, 10_000)).toBeCloseTo(Math.sqrt(Math.PI / 2) / 100, 12);
    expect(medianSe(0, 1, 0)).toBeNaN();
  });
});

describe('returnScale and probabilityScale', () => {
  it('a return axis always shows 0; a probability axis always shows 50% and stays inside 0–100%', async () => {
    const { returnScale } = await import('../../../src/lessons/returnScale.ts');
    const { probabilityScale } = await import('../../../src/lessons/probabilityScale.ts');
    const r = returnScale([0.1, 0.3], 0, 100).domain();
    expect(r[0]).toBeLessThanOrEqual(0);
    expect(r[1]).toBeGreaterThanOrEqual(0.3);
    const p = probabilityScale([0.26, 0.55], 0, 100).domain();
    expect(p[0]).toBeGreaterThanOrEqual(0);
    expect(p[0]).toBeLessThanOrEqual(0.26);
    expect(p[1]).toBeGreaterThanOrEqual(0.55);
    expect(probabilityScale([0.01, 0.99], 0, 100).domain()).toEqual([0, 1]);
    expect(probabilityScale([0.3], 0, 100).domain()[1]).toBeGreaterThanOrEqual(0.5);
  });
});
