import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { simulate } from '../../src/model/simulate.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { QUANTILE_KEYS, SERIES, type Summary } from '../../src/model/summary.ts';

const MEETINGS = ['2026-01-28', '2026-03-18', '2026-04-29', '2026-06-17', '2026-07-29', '2026-09-16', '2026-10-28', '2026-12-09'];

/** Random valid scenarios: the default one perturbed within the validator's bounds, kept small. */
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    seed: fc.nat({ max: 1_000_000 }),
    months: fc.integer({ min: 6, max: 36 }),
    policyRate: fc.double({ min: 0.5, max: 10, noNaN: true }),
    tenYear: fc.double({ min: 0.5, max: 10, noNaN: true }),
    inflation: fc.double({ min: -2, max: 12, noNaN: true }),
    decisions: fc.array(fc.record({ meeting: fc.integer({ min: 0, max: 7 }), bp: fc.integer({ min: -4, max: 4 }).map((k) => k * 25) }), { minLength: 1, maxLength: 6 }),
    surpriseVol: fc.double({ min: 0, max: 2, noNaN: true }),
    reaction: fc.double({ min: 0, max: 1.5, noNaN: true }),
    durationSmall: fc.double({ min: 0, max: 50, noNaN: true }),
    durationLarge: fc.double({ min: 0, max: 50, noNaN: true }),
    burden: fc.double({ min: 0, max: 0.95, noNaN: true }),
    vol: fc.double({ min: 5, max: 200, noNaN: true }),
    tailDf: fc.option(fc.double({ min: 4.5, max: 30, noNaN: true }), { nil: null }),
    returnMode: fc.constantFrom('price' as const, 'total' as const),
    growthShock: fc.double({ min: -25, max: 10, noNaN: true }),
  })
  .map((r) => {
    const s = defaultScenario();
    s.seed = r.seed;
    s.paths = 2_000;
    s.months = r.months;
    s.returnMode = r.returnMode;
    s.snapshot = { ...s.snapshot, policyRate: r.policyRate, tenYear: r.tenYear, inflation: r.inflation };
    const b = s.branches[0];
    b.policy.decisions = r.decisions.map((d) => ({ date: MEETINGS[d.meeting], bp: d.bp })).sort((x, y) => x.date.localeCompare(y.date));
    b.policy.surpriseVol = r.surpriseVol;
    b.policy.inflationReaction = r.reaction;
    b.smallCap.duration = r.durationSmall;
    b.largeCap.duration = r.durationLarge;
    b.smallCap.interestBurden = r.burden;
    b.smallCap.vol = Math.max(r.vol, 10);
    b.bitcoin.vol = r.vol;
    b.shocks.tailDf = r.tailDf;
    b.backdrop.growthShock = r.growthShock;
    return s;
  });

const notBelow = (a: number, b: number) => a >= b - 1e-9 * Math.abs(b);

function everyNumber(summary: Summary, check: (x: number) => void): void {
  const walk = (value: unknown): void => {
    if (typeof value === 'number') check(value);
    else if (ArrayBuffer.isView(value)) (value as Float64Array).forEach(check);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(summary);
}

describe('direction (MODEL §7.4), property tests over random valid scenarios', () => {
  // Model v2 replaces "more cuts never lower the small-cap median" (MODEL §7.4): with the information
  // effect a cut that reveals a weaker economy may lower it, which is the point. It still holds when
  // the market reads every cut as insurance (information weight 0).
  it('with information weight 0 (insurance cuts), one more 25 bp cut among the planned meetings never lowers the small-cap median', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (input, pick) => {
        const s = structuredClone(input);
        s.branches[0].policy.informationWeight = 0;
        const more = structuredClone(s);
        const decisions = more.branches[0].policy.decisions;
        decisions.push({ date: decisions[pick % decisions.length].date, bp: -25 });
        const a = simulate(s);
        const b = simulate(more);
        for (let m = 1; m <= s.months; m++) expect(notBelow(b.fans.smallCap.p50[m], a.fans.smallCap.p50[m])).toBe(true);
      }),
      { numRuns: 15, seed: 1 },
    );
  });

  it('a larger yield shock never raises either equity median', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 300 }), fc.boolean(), (s, start, extra, permanent) => {
        const shock = { size: 25, start, permanent, halfLife: 6 };
        const smaller = structuredClone(s);
        smaller.branches[0].yields.shocks = [shock];
        const larger = structuredClone(s);
        larger.branches[0].yields.shocks = [{ ...shock, size: 25 + extra }];
        const a = simulate(smaller);
        const b = simulate(larger);
        for (const asset of ['smallCap', 'largeCap'] as const) {
          for (let m = 1; m <= s.months; m++) expect(notBelow(a.fans[asset].p50[m], b.fans[asset].p50[m])).toBe(true);
        }
      }),
      { numRuns: 15, seed: 2 },
    );
  });

  it('quantiles are ordered at every month and every output is finite', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const summary = simulate(s);
        everyNumber(summary, (x) => expect(Number.isFinite(x)).toBe(true));
        for (const name of SERIES) {
          const fan = summary.fans[name];
          for (let m = 0; m <= s.months; m++) {
            for (let k = 1; k < QUANTILE_KEYS.length; k++) expect(fan[QUANTILE_KEYS[k]][m]).toBeGreaterThanOrEqual(fan[QUANTILE_KEYS[k - 1]][m]);
          }
        }
      }),
      { numRuns: 25, seed: 3 },
    );
  });
});
