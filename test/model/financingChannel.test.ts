import { describe, expect, it } from 'vitest';
import { FINANCING_FLOOR } from '../../src/model/branchPlan.ts';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { prepareScenario } from '../../src/model/prepareScenario.ts';
import { simulateChunks } from '../../src/model/simulatePartial.ts';

describe('financing channel', () => {
  it('the month-by-month sum of its changes is log(1 − b·i/i0) of the current debt rate within 1e-13, every path and month', () => {
    const s = defaultScenario();
    s.paths = 2_000;
    s.months = 120;
    // Large rate moves too, so the rare fallback of the series is exercised.
    s.branches[0].policy.surpriseVol = 3;
    const prepared = prepareScenario(s);
    const plan = prepared.branches[0].plan;
    let worst = 0;
    let checked = 0;
    simulateChunks(s, prepared, {}, (m, st, n) => {
      for (const [eq, fin] of [[plan.smallCap, st.financingSmall], [plan.largeCap, st.financingLarge]] as const) {
        for (let i = 0; i < n; i++) {
          const debtRate = eq.debtRate + eq.floating * (st.rate[i] - plan.policy0) + eq.refinanced[m] * (st.tenYear[i] + eq.spread - eq.debtRate);
          const exact = Math.log(Math.max(FINANCING_FLOOR, 1 - eq.burdenPerRate * debtRate));
          worst = Math.max(worst, Math.abs(fin[i] - exact));
          checked++;
        }
      }
    });
    expect(checked).toBe(2 * s.paths * s.months);
    expect(worst).toBeLessThan(1e-13);
  });
});
