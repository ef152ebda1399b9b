import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/model/defaultScenario.ts';
import { recordPaths } from '../../src/model/recordPaths.ts';
import { simulate } from '../../src/model/simulate.ts';

describe('maximum drawdown', () => {
  it('the share of paths past the drawdown threshold is the exact count over the recorded paths (running peak from month 0)', () => {
    const s = defaultScenario();
    s.paths = 3_000;
    s.months = 60;
    const summary = simulate(s);
    const rec = recordPaths(s);
    const w = s.months + 1;
    for (const [asset, logs] of [['smallCap', rec.logSmall], ['largeCap', rec.logLarge], ['bitcoin', rec.logBitcoin]] as const) {
      const threshold = Math.log(1 - summary.risk[asset].drawdownThreshold);
      let deep = 0;
      for (let p = 0; p < s.paths; p++) {
        let peak = 0, worst = 0;
        for (let m = 1; m <= s.months; m++) {
          const l = logs[p * w + m];
          peak = Math.max(peak, l);
          worst = Math.min(worst, l - peak);
        }
        if (worst < threshold) deep++;
      }
      expect(deep).toBeGreaterThan(0);
      expect(summary.risk[asset].probDrawdown.value).toBe(deep / s.paths);
    }
  });
});
