import type { Scenario } from './scenario.ts';
import { prepareScenario } from './prepareScenario.ts';
import { simulateChunks } from './simulatePartial.ts';

/** Every path's series, month by month: `[path*(months+1) + month]`, month 0 = start values. */
export interface RecordedPaths {
  paths: number;
  months: number;
  /** Log returns since month 0. */
  logSmall: Float64Array;
  logLarge: Float64Array;
  logBitcoin: Float64Array;
  /** Decimals. */
  rate: Float64Array;
  tenYear: Float64Array;
  inflation: Float64Array;
  /** Residual t shocks of the month divided by their calibrated vols (unit variance by design). */
  tSmall: Float64Array;
  tLarge: Float64Array;
  tBitcoin: Float64Array;
}

/**
 * Runs a scenario like simulatePartial and records every path (test-only: O(paths × months)
 * memory; not part of the public API). Paths are in chunk order, within a chunk in branch order.
 */
export function recordPaths(scenario: Scenario): RecordedPaths {
  const prepared = prepareScenario(scenario);
  const months = scenario.months;
  const size = scenario.paths * (months + 1);
  const rec: RecordedPaths = {
    paths: scenario.paths, months,
    logSmall: new Float64Array(size), logLarge: new Float64Array(size), logBitcoin: new Float64Array(size),
    rate: new Float64Array(size), tenYear: new Float64Array(size), inflation: new Float64Array(size),
    tSmall: new Float64Array(size), tLarge: new Float64Array(size), tBitcoin: new Float64Array(size),
  };
  const plan0 = prepared.branches[0].plan;
  const start0 = [plan0.policy0, plan0.expectations[0] + plan0.termPremium0, plan0.inflationPath[0]];
  for (let p = 0; p < scenario.paths; p++) {
    rec.rate[p * (months + 1)] = start0[0];
    rec.tenYear[p * (months + 1)] = start0[1];
    rec.inflation[p * (months + 1)] = start0[2];
  }
  let base = 0;
  let next = 0;
  simulateChunks(scenario, prepared, {}, (m, st, count, branch) => {
    if (m === 1) {
      base = next;
      next += count;
    }
    const vol = prepared.branches[branch].residuals.vol;
    for (let i = 0; i < count; i++) {
      const k = (base + i) * (months + 1) + m;
      rec.logSmall[k] = st.logSmall[i];
      rec.logLarge[k] = st.logLarge[i];
      rec.logBitcoin[k] = st.logBitcoin[i];
      rec.rate[k] = st.rate[i];
      rec.tenYear[k] = st.tenYear[i];
      rec.inflation[k] = st.inflation[i];
      rec.tSmall[k] = vol[0] > 0 ? st.residualSmall[i] / vol[0] : 0;
      rec.tLarge[k] = vol[1] > 0 ? st.residualLarge[i] / vol[1] : 0;
      rec.tBitcoin[k] = vol[2] > 0 ? st.residualBitcoin[i] / vol[2] : 0;
    }
  });
  return rec;
}
