import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { simulate } from '../../src/model/simulate.ts';

describe('event size (MODEL §7.3)', () => {
  it('a one-off 25 bp surprise cut at month 1 lifts the large-cap median 0.5–2% and the small-cap median ≥ 1.2× as much', () => {
    const base = defaultScenario();
    base.seed = 3;
    const cut = defaultScenario();
    cut.seed = 3;
    // Month 1 is 2026-01-11; a decision dated before it is effective from month 1.
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
