import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { simulate } from '../../src/model/simulate.ts';

describe('event size (MODEL §7.3, §9.8.2)', () => {
  it('a 25 bp surprise cut beyond the priced path, learned at month 1, with information weight 0, lifts the S&P 500 median 0.5–2% that month and the Russell 2000 median ≥ 1.2× as much', () => {
    const make = () => {
      const s = defaultScenario();
      s.seed = 3;
      s.branches[0].policy.informationWeight = 0;
      return s;
    };
    const base = make();
    const cut = make();
    // Month 1 is 2026-01-11; a decision dated before it is effective (and learned) from month 1.
    cut.branches[0].policy.decisions = [{ date: '2026-01-05', bp: -25 }, ...cut.branches[0].policy.decisions];
    const a = simulate(base);
    const b = simulate(cut);
    const large = b.fans.largeCap.p50[1] / a.fans.largeCap.p50[1] - 1;
    const small = b.fans.smallCap.p50[1] / a.fans.smallCap.p50[1] - 1;
    expect(large).toBeGreaterThanOrEqual(0.005);
    expect(large).toBeLessThanOrEqual(0.02);
    expect(small).toBeGreaterThanOrEqual(1.2 * large);
  });
});
