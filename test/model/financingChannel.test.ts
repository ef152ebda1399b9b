import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { prepareScenario } from '../../src/model/prepareScenario.ts';
import { simulateChunks } from '../../src/model/simulatePartial.ts';

describe('financing channel (MODEL §2.6 item 2, §9.6)', () => {
  it('the month-by-month sum of its changes is log(1 − b·i/i0) of the debt rate computed from the raw inputs, within 1e-13, every path and month', () => {
    const s = defaultScenario();
    s.paths = 2_000;
    s.months = 120;
    // Large rate moves too, so the rare fallback of the series is exercised.
    s.branches[0].policy.surpriseVol = 3;
    const prepared = prepareScenario(s);
    const r0 = s.snapshot.policyRate / 100;
    // Everything below comes from the scenario as written, not from the engine's plan.
    const inputs = (['smallCap', 'largeCap'] as const).map((asset) => {
      const eq = s.branches[0][asset];
      const i0 = eq.debtRate / 100, f = eq.floatingShare, spread = eq.creditSpread / 100;
      return { b: eq.interestBurden, i0, f, rho: eq.refinanceRate, spread, coupon: (i0 - f * (r0 + spread)) / (1 - f) };
    });
    let worst = 0;
    let checked = 0;
    simulateChunks(s, prepared, {}, (m, st, n) => {
      for (const [k, fin] of [st.financingSmall, st.financingLarge].entries()) {
        const { b, i0, f, rho, spread, coupon } = inputs[k];
        const refinanced = (1 - f) * Math.min(1, (rho * m) / 12);
        for (let i = 0; i < n; i++) {
          const debtRate = i0 + f * (st.rate[i] - r0) + refinanced * (st.tenYear[i] + spread - coupon);
          const exact = Math.log(Math.max(0.05, 1 - (b / i0) * debtRate));
          worst = Math.max(worst, Math.abs(fin[i] - exact));
          checked++;
        }
      }
    });
    expect(checked).toBe(2 * s.paths * s.months);
    expect(worst).toBeLessThan(1e-13);
  });

  it('the refinanced share is (1 − floating share) of the debt: with all debt floating, the 10-year never reaches interest costs', () => {
    const s = defaultScenario();
    s.paths = 1_000;
    s.months = 36;
    s.branches[0].largeCap.floatingShare = 1;
    const prepared = prepareScenario(s);
    const plan = prepared.branches[0].plan;
    const r0 = s.snapshot.policyRate / 100;
    const eq = s.branches[0].largeCap;
    let worst = 0;
    simulateChunks(s, prepared, {}, (_m, st, n) => {
      for (let i = 0; i < n; i++) {
        const debtRate = eq.debtRate / 100 + (st.rate[i] - r0);
        worst = Math.max(worst, Math.abs(st.financingLarge[i] - Math.log(1 - (eq.interestBurden / (eq.debtRate / 100)) * debtRate)));
      }
    });
    expect(plan.largeCap.floating).toBe(1);
    expect(worst).toBeLessThan(1e-13);
  });
});

describe('the fixed-rate coupon (MODEL §9.6)', () => {
  it('never goes negative: with inconsistent inputs (floating debt alone paying more than the blended rate) it is 0', async () => {
    const { equityPlan } = await import('../../src/model/equityPlan.ts');
    const eq = { ...defaultScenario().branches[0].largeCap, floatingShare: 0.998 };
    const months = 12;
    const zeros = new Float64Array(months + 1);
    const plan = equityPlan(eq, { months, total: false, policy0: 0.03625, backdropEps: zeros, informationEps: zeros, baselineRate: zeros.map(() => 0.03625), baselineTenYear: zeros.map(() => 0.0414) });
    expect(plan.fixedCoupon).toBe(0);
    const consistent = equityPlan({ ...eq, floatingShare: 0.4 }, { months, total: false, policy0: 0.03625, backdropEps: zeros, informationEps: zeros, baselineRate: zeros.map(() => 0.03625), baselineTenYear: zeros.map(() => 0.0414) });
    expect(consistent.fixedCoupon).toBeCloseTo((0.035 - 0.4 * (0.03625 + 0.01)) / 0.6, 12);
  });
});
