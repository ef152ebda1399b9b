import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { simulate } from '../../src/model/simulate.ts';

// Stryker found every mutant of the valuation channel alive (issue 12 item 9): the expectation here
// comes from the scenario's raw inputs, ln(longRunPE/startPE)·(1 − 2^(−T/halfLife)).
describe('valuation channel (MODEL §2.6, §9.6)', () => {
  it('contributes ln(longRunPE/startPE)·(1 − 2^(−years/halfLife)) to each index, within 1e-12', () => {
    const s = defaultScenario();
    s.paths = 1_000;
    s.months = 60;
    const summary = simulate(s);
    for (const asset of ['smallCap', 'largeCap'] as const) {
      const eq = s.branches[0][asset];
      const expected = Math.log(eq.longRunPE / eq.startPE) * (1 - Math.pow(2, -(s.months / 12) / eq.valuationHalfLife));
      expect(Math.abs(expected), asset).toBeGreaterThan(0.01);
      expect(Math.abs(summary.attribution[asset].channels.valuation! - expected), asset).toBeLessThan(1e-12);
    }
  });
});
