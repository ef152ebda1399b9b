import { beforeAll, describe, expect, it } from 'vitest';
import { neutralBranch } from '../../src/model/branchPlan.ts';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { fomcCalendar } from '../../src/model/fomcCalendar.ts';
import { REPLAYS } from '../../src/model/history.ts';
import { percentileOf } from '../../src/model/percentileOf.ts';
import { presetById } from '../../src/model/presets.ts';
import { recordPaths } from '../../src/model/recordPaths.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { simulate } from '../../src/model/simulate.ts';
import { simulatePartial } from '../../src/model/simulatePartial.ts';
import { summarize } from '../../src/model/summarize.ts';
import { atMonth, correlation, monthlyChanges, variance } from './stats.ts';

// The checks of model v2 (MODEL §9.8), each with a tolerance from its standard error or the
// design's own band. Seeds are fixed, so each result is exact and repeatable.

/** SE of a sample median of n draws from a distribution with this sd near its centre (normal). */
const medianSe = (sd: number, n: number) => sd * Math.sqrt(Math.PI / (2 * n));

const consensus = (months: number, paths = 10_000, seed = 20251211): Scenario => {
  const s = presetById('consensus')!.scenario();
  s.months = months;
  s.paths = paths;
  s.seed = seed;
  return s;
};

describe('priced is not news (MODEL §9.8.1)', () => {
  it('with the user path equal to the priced path, the medians step no more at meeting months than at other months (within 3 SE)', () => {
    const s = consensus(12, 20_000);
    const summary = simulate(s);
    const meetings = new Set(fomcCalendar(s.snapshot.date, 12).map((m) => m.month));
    // The priced decisions take effect at months 4 (18 Mar) and 7 (17 Jun): both are meeting months.
    expect(meetings.has(4) && meetings.has(7)).toBe(true);
    for (const [asset, vol] of [['largeCap', 0.155], ['smallCap', 0.21]] as const) {
      const p50 = summary.fans[asset].p50;
      let atMeetings = 0;
      let elsewhere = 0;
      for (let m = 1; m <= 12; m++) {
        const step = Math.abs(Math.log(p50[m] / p50[m - 1]));
        if (meetings.has(m)) atMeetings = Math.max(atMeetings, step);
        else elsewhere = Math.max(elsewhere, step);
      }
      // A month's change of the median: about the SE of the median of one month's return.
      const se = medianSe(vol / Math.sqrt(12), s.paths);
      expect(atMeetings).toBeLessThanOrEqual(elsewhere + 3 * se);
    }
  });
});

describe('the information effect (MODEL §9.8.3)', () => {
  /** 200 bp of cuts beyond the priced path within 12 months, inflation at target, from `rate`. */
  const pair = (rate: number, tenYear: number) => {
    const make = (extra: boolean): Scenario => {
      const s = consensus(12, 10_000, 5);
      s.snapshot.inflation = 2;
      s.snapshot.policyRate = rate;
      s.snapshot.tenYear = tenYear;
      if (extra) s.branches[0].policy.decisions = [
        { date: '2026-01-28', bp: -50 }, { date: '2026-03-18', bp: -75 }, { date: '2026-04-29', bp: -50 }, { date: '2026-06-17', bp: -75 },
      ];
      return s;
    };
    return [simulate(make(false)).fans.largeCap.p50[12], simulate(make(true)).fans.largeCap.p50[12]] as const;
  };

  it('with the default weight, 200 bp of cuts beyond the priced path with inflation at target lower the S&P 500 12-month median', () => {
    const [priced, cuts] = pair(3.625, 4.14);
    expect(cuts).toBeLessThan(priced * (1 - 0.01));
  });

  it('the same cuts from a rate 2 pp above the rule (normalisation) do not lower it', () => {
    // The rule is n* + 1.5·(π − π*) = 3%; the priced path ends at 5.125%, the user's at 3.125%.
    const [priced, cuts] = pair(5.625, 6.14);
    expect(cuts).toBeGreaterThan(priced);
  });
});

describe('inflation reaches stocks (MODEL §9.8.4)', () => {
  const run = (shock: boolean, reacts: boolean) => {
    const s = consensus(12, 10_000, 9);
    const b = s.branches[0];
    b.policy.reactsToInflationShocks = reacts;
    if (shock) b.inflation.shocks = [{ size: 2, start: 1, duration: 12 }];
    return simulate(s);
  };
  const base = () => run(false, false);

  it('+2 pp for 12 months with the Fed reacting lowers both equity medians and raises the policy-rate and 10-year medians', () => {
    const a = base();
    const b = run(true, true);
    expect(b.fans.largeCap.p50[12]).toBeLessThan(a.fans.largeCap.p50[12] * 0.99);
    expect(b.fans.smallCap.p50[12]).toBeLessThan(a.fans.smallCap.p50[12] * 0.99);
    expect(b.fans.policyRate.p50[12]).toBeGreaterThan(a.fans.policyRate.p50[12] + 0.2);
    expect(b.fans.tenYear.p50[12]).toBeGreaterThan(a.fans.tenYear.p50[12] + 0.1);
  });

  it('without the reaction, equities still do not rise', () => {
    const a = base();
    const b = run(true, false);
    expect(b.fans.largeCap.p50[12]).toBeLessThan(a.fans.largeCap.p50[12]);
    expect(b.fans.smallCap.p50[12]).toBeLessThan(a.fans.smallCap.p50[12]);
  });
});

describe('the stock–bond link (MODEL §9.8.5)', () => {
  let corr: number;
  let target: number;
  beforeAll(() => {
    const s = consensus(24, 10_000, 11);
    s.branches = [neutralBranch(s.branches[0], s)];
    target = s.branches[0].yields.stockBondCorrelation;
    const rec = recordPaths(s);
    corr = correlation(monthlyChanges(rec.logLarge, rec.paths, rec.months), monthlyChanges(rec.tenYear, rec.paths, rec.months));
  });

  it('the neutral correlation of S&P 500 monthly log returns with 10-year changes is within −0.4 … +0.3', () => {
    expect(corr).toBeGreaterThanOrEqual(-0.4);
    expect(corr).toBeLessThanOrEqual(0.3);
  });

  it('and equals the documented default (−0.2) within 0.05', () => {
    expect(target).toBe(-0.2);
    expect(Math.abs(corr - target)).toBeLessThan(0.05);
  });
});

describe('financing without a built-in drift (MODEL §9.8.6)', () => {
  it.each(['smallCap', 'largeCap'] as const)('%s: with a flat path and the 10-year plus spread at the fixed-rate coupon, the channel averages within ±0.1 %%/yr', (asset) => {
    const s = consensus(60, 10_000, 13);
    s.snapshot.pricedDecisions = [];
    s.branches[0].policy.decisions = [];
    const eq = s.branches[0][asset];
    const r0 = s.snapshot.policyRate;
    const coupon = (eq.debtRate - eq.floatingShare * (r0 + eq.creditSpread)) / (1 - eq.floatingShare);
    s.snapshot.tenYear = coupon - eq.creditSpread;
    const perYear = simulate(s).attribution[asset].channels.financing! / 5;
    expect(Math.abs(perYear)).toBeLessThan(0.001);
  });

  it.each(['smallCap', 'largeCap'] as const)('%s: with no news the channel averages within ±0.1 %%/yr even when refinancing is cheaper than the coupon (the market knows the schedule)', (asset) => {
    const s = consensus(60, 10_000, 13);
    const perYear = simulate(s).attribution[asset].channels.financing! / 5;
    expect(Math.abs(perYear)).toBeLessThan(0.001);
  });
});

describe('recessions recover (MODEL §9.8.7) and the long run (§9.8.8)', () => {
  const tenYears = (id: string) => {
    const s = presetById(id)!.scenario();
    s.months = 120;
    s.paths = 10_000;
    return simulate(s).fans.largeCap;
  };

  it('the hard landing’s 10-year annualized S&P 500 median is within 1.5 pp/yr of the consensus one, while its 12-month median is far below', () => {
    const hard = tenYears('hard-landing');
    const base = tenYears('consensus');
    const annual = (fan: typeof hard) => (fan.p50[120] / fan.p50[0]) ** (1 / 10) - 1;
    expect(Math.abs(annual(hard) - annual(base))).toBeLessThan(0.015);
    expect(hard.p50[12]).toBeLessThan(base.p50[12] * 0.85);
  });

  it('the consensus 10-year S&P 500 log-return sd is within 0.40–0.55 (a random walk at the 15.5% target: 0.49)', () => {
    const s = consensus(120, 5_000, 17);
    const rec = recordPaths(s);
    const sd = Math.sqrt(variance(atMonth(rec.logLarge, rec.paths, rec.months, 120)));
    expect(sd).toBeGreaterThanOrEqual(0.4);
    expect(sd).toBeLessThanOrEqual(0.55);
  });
});

describe('honest odds on the six replays (MODEL §9.8.9)', () => {
  const results = REPLAYS.map((replay) => {
    const scenario = replay.scenario();
    const partial = simulatePartial(scenario);
    const summary = summarize(scenario, partial);
    const outside = (['smallCap', 'largeCap'] as const).filter((asset) => {
      const q = percentileOf(partial, asset, 12, 100 * (1 + replay.realized[asset]));
      return q < 5 || q > 95;
    }).length;
    return { p: summary.risk.smallCap.probBeat.value, won: replay.realized.smallBeatLarge, outside };
  });

  it('the Brier score of P(small beats large) is no worse than a coin flip’s 0.25', () => {
    const brier = results.reduce((sum, r) => sum + (r.p - (r.won ? 1 : 0)) ** 2, 0) / results.length;
    expect(brier).toBeLessThanOrEqual(0.25);
  });

  it('at most 2 of the 12 realized 12-month index outcomes fall outside the model’s 5–95% band', () => {
    expect(results.reduce((sum, r) => sum + r.outside, 0)).toBeLessThanOrEqual(2);
  });
});
