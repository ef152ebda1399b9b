import { beforeAll, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { neutralBranch } from '../../src/model/branchPlan.ts';
import { recordPaths, type RecordedPaths } from '../../src/model/recordPaths.ts';
import { atMonth, correlation, monthlyChanges, variance } from './stats.ts';

// The neutral default scenario (MODEL §7.2): the priced path (no news), no user shocks, no backdrop, 24 months.
let rec: RecordedPaths;
let targets: ReturnType<typeof defaultScenario>['branches'][0];
beforeAll(() => {
  const s = defaultScenario();
  s.paths = 10_000;
  s.seed = 11;
  s.branches = [neutralBranch(s.branches[0], s)];
  targets = s.branches[0];
  rec = recordPaths(s);
});

const pooled = (series: Float64Array) => monthlyChanges(series, rec.paths, rec.months);
const annualVol = (changes: Float64Array) => Math.sqrt(variance(changes) * 12) * 100;

describe('calibration in the neutral scenario (MODEL §7.2)', () => {
  it('annualized vol of monthly log returns is within ±1 pp of each target', () => {
    expect(Math.abs(annualVol(pooled(rec.logSmall)) - targets.smallCap.vol)).toBeLessThan(1);
    expect(Math.abs(annualVol(pooled(rec.logLarge)) - targets.largeCap.vol)).toBeLessThan(1);
    expect(Math.abs(annualVol(pooled(rec.logBitcoin)) - targets.bitcoin.vol)).toBeLessThan(1);
  });

  it('correlations of total monthly returns are within ±0.05 of the targets', () => {
    const [s, l, b] = [pooled(rec.logSmall), pooled(rec.logLarge), pooled(rec.logBitcoin)];
    expect(Math.abs(correlation(s, l) - targets.shocks.smallLarge)).toBeLessThan(0.05);
    expect(Math.abs(correlation(b, l) - targets.shocks.bitcoinLarge)).toBeLessThan(0.05);
    expect(Math.abs(correlation(b, s) - targets.shocks.bitcoinSmall)).toBeLessThan(0.05);
  });

  it('the 12-month policy-rate sd is 0.75 ± 0.05 pp', () => {
    const sd = Math.sqrt(variance(atMonth(rec.rate, rec.paths, rec.months, 12))) * 100;
    expect(Math.abs(sd - 0.75)).toBeLessThan(0.05);
  });

  it('the monthly change of the 10-year has an sd of 20–26 bp', () => {
    const sd = Math.sqrt(variance(pooled(rec.tenYear))) * 10_000;
    expect(sd).toBeGreaterThanOrEqual(20);
    expect(sd).toBeLessThanOrEqual(26);
  });

  it('the slope of the 12-month change of the 10-year on that of the policy rate is 0.2–0.4', () => {
    const dy = new Float64Array(rec.paths);
    const dr = new Float64Array(rec.paths);
    const w = rec.months + 1;
    for (let p = 0; p < rec.paths; p++) {
      dy[p] = rec.tenYear[p * w + 12] - rec.tenYear[p * w];
      dr[p] = rec.rate[p * w + 12] - rec.rate[p * w];
    }
    const slope = (correlation(dy, dr) * Math.sqrt(variance(dy))) / Math.sqrt(variance(dr));
    expect(slope).toBeGreaterThanOrEqual(0.2);
    expect(slope).toBeLessThanOrEqual(0.4);
  });
});
