import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { ouVariance } from '../../src/model/ouStep.ts';
import { prepareScenario } from '../../src/model/prepareScenario.ts';
import { recordPaths } from '../../src/model/recordPaths.ts';
import { simulate } from '../../src/model/simulate.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { atMonth, correlation, mean, variance, varianceSe } from './stats.ts';

// Statistical checks: |estimate − closed form| ≤ Z standard errors (two-sided p ≈ 6e-5 each).
const Z = 4;

/**
 * A configuration with every channel off: no durations, no debt, no valuation pull, no information
 * effect, no growth draw, no stock–bond growth news, normal shocks.
 */
function channelsOff(paths: number, months: number): Scenario {
  const s = defaultScenario();
  s.paths = paths;
  s.months = months;
  s.seed = 7;
  const b = s.branches[0];
  b.policy.decisions = [];
  s.snapshot.pricedDecisions = [];
  b.policy.informationWeight = 0;
  b.yields.stockBondCorrelation = 0;
  for (const eq of [b.smallCap, b.largeCap]) {
    eq.duration = 0;
    eq.interestBurden = 0;
    eq.valuationHalfLife = 0;
    eq.growthUncertainty = 0;
  }
  b.bitcoin.rateSensitivity = 0;
  b.shocks.tailDf = null;
  return s;
}

describe('closed forms (MODEL §7.1)', () => {
  it('the policy surprise x is OU: mean 0 and variance σx²(1−e^{−2κt})/(2κ) at 12 and 60 months', () => {
    const s = channelsOff(20_000, 60);
    const b = s.branches[0];
    b.inflation.surpriseVol = 0; // policy rate = p0 + x exactly
    s.snapshot.policyRate = 10; // far above the lower bound
    const rec = recordPaths(s);
    for (const month of [12, 60]) {
      const x = atMonth(rec.rate, rec.paths, rec.months, month).map((r) => (r - 0.1) * 100);
      const expectedVar = ouVariance(b.policy.surpriseReversion, b.policy.surpriseVol, month / 12);
      expect(Math.abs(mean(x))).toBeLessThan(Z * Math.sqrt(expectedVar / x.length));
      expect(Math.abs(variance(x) - expectedVar)).toBeLessThan(Z * varianceSe(x));
    }
  });

  it('with all channels off and normal shocks, E[S_T] = S0·e^{μT} and the median is S0·e^{(μ−σ²/2)T}', () => {
    const s = channelsOff(40_000, 24);
    const summary = simulate(s);
    const T = 2;
    for (const asset of ['smallCap', 'largeCap'] as const) {
      const eq = s.branches[0][asset];
      const mu = eq.earningsGrowth / 100;
      const sigma = eq.vol / 100;
      const s0 = s.snapshot[asset];
      const meanSe = s0 * Math.exp(mu * T) * Math.sqrt(Math.expm1(sigma * sigma * T) / s.paths);
      expect(Math.abs(summary.fans[asset].mean[24] - s0 * Math.exp(mu * T))).toBeLessThan(Z * meanSe);
      const median = s0 * Math.exp((mu - sigma * sigma / 2) * T);
      // Median of a normal in logs: se = σ√T·√(π/2)/√n.
      const medianSe = median * sigma * Math.sqrt(T) * Math.sqrt(Math.PI / 2 / s.paths);
      expect(Math.abs(summary.fans[asset].p50[24] - median)).toBeLessThan(Z * medianSe);
    }
  });

  it("bitcoin's log return has Merton's mean μB·T and variance (σ² + λ(μJ² + σJ²))·T", () => {
    const s = channelsOff(40_000, 12);
    const b = s.branches[0].bitcoin;
    b.drift = 20;
    b.jumpIntensity = 2;
    const rec = recordPaths(s);
    const logReturn = atMonth(rec.logBitcoin, rec.paths, rec.months, 12);
    const T = 1;
    const jumpVar = b.jumpIntensity * (b.jumpMean ** 2 + b.jumpVol ** 2);
    // The calibrated diffusion is what the target vol leaves after the jumps.
    const diffusionVar = (b.vol / 100) ** 2 - jumpVar;
    const expectedVar = (diffusionVar + jumpVar) * T;
    expect(Math.abs(mean(logReturn) - (b.drift / 100) * T)).toBeLessThan(Z * Math.sqrt(expectedVar / logReturn.length));
    expect(Math.abs(variance(logReturn) - expectedVar)).toBeLessThan(Z * varianceSe(logReturn));
  });

  it.each([5, 7.5, null])('the residual draws (ν = %s) have unit variance and the calibrated correlations', (nu) => {
    const s = channelsOff(5_000, 12);
    s.branches[0].shocks.tailDf = nu;
    const rec = recordPaths(s);
    // Pool months 1..12; months are independent draws.
    const pick = (series: Float64Array) => {
      const out = new Float64Array(rec.paths * 12);
      for (let p = 0; p < rec.paths; p++) for (let m = 1; m <= 12; m++) out[p * 12 + m - 1] = series[p * 13 + m];
      return out;
    };
    const [ts, tl, tb] = [pick(rec.tSmall), pick(rec.tLarge), pick(rec.tBitcoin)];
    for (const t of [ts, tl, tb]) expect(Math.abs(variance(t) - 1)).toBeLessThan(Z * varianceSe(t));
    // The calibrated residual correlations (bitcoin's are above the targets: its jumps are uncorrelated);
    // se of r ≈ (1 − ρ²)/√n.
    const n = ts.length;
    const c = prepareScenario(s).branches[0].residuals.correlation;
    const cases: [Float64Array, Float64Array, number][] = [[ts, tl, c[1]], [tb, tl, c[5]], [tb, ts, c[2]]];
    // Elliptical tails widen the sampling error of r by √(1 + κ), κ = 2/(ν − 4) for a Student t.
    const inflate = nu === null ? 1 : Math.sqrt(1 + 2 / (nu - 4));
    for (const [a, b, rho] of cases) {
      expect(Math.abs(correlation(a, b) - rho)).toBeLessThan(Z * inflate * ((1 - rho * rho) / Math.sqrt(n)));
    }
  });
});
