import { describe, expect, it } from 'vitest';
import { defaultBranch, defaultScenario } from '../../src/model/defaultScenario.ts';
import { simulate } from '../../src/model/simulate.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { ASSETS } from '../../src/model/summary.ts';

function mixture(): Scenario {
  const s = defaultScenario();
  s.returnMode = 'total';
  s.months = 36;
  const sticky = defaultBranch();
  sticky.name = 'Sticky';
  sticky.weight = 0.4;
  sticky.policy.decisions = [];
  sticky.inflation.shocks = [{ size: 0.8, start: 1, duration: 12 }];
  sticky.yields.shocks = [{ size: 40, start: 2, permanent: false, halfLife: 12 }];
  sticky.backdrop = { ...sticky.backdrop, growthShock: -10, growthRiskPremium: 1.5, riskAppetite: 0.5 };
  sticky.policy.reactsToInflationShocks = true;
  s.branches[0].weight = 0.6;
  s.branches.push(sticky);
  return s;
}

describe('attribution (MODEL §7.5)', () => {
  it.each([
    ['the default scenario', defaultScenario()],
    ['a two-branch mixture in total-return mode with every kind of shock', mixture()],
  ])('channels add up to the mean terminal log return within 1e-9 relative: %s', (_, scenario) => {
    const summary = simulate(scenario);
    for (const asset of ASSETS) {
      const { channels, total } = summary.attribution[asset];
      const sum = Object.values(channels).reduce((a, b) => a + (b ?? 0), 0);
      expect(Math.abs(sum - total)).toBeLessThanOrEqual(1e-9 * Math.abs(total));
    }
  });

  it('the total is the mean terminal log return, and the dividends channel appears only in total-return mode', () => {
    const price = simulate(defaultScenario());
    expect(price.attribution.largeCap.channels.dividends).toBeUndefined();
    const total = simulate(mixture());
    expect(total.attribution.largeCap.channels.dividends).toBeGreaterThan(0);
    expect(Object.keys(total.attribution.bitcoin.channels).sort()).toEqual(['drift', 'jumps', 'realRate', 'riskPremium', 'shocks']);
  });
});
