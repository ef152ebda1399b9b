import { FINANCING_FLOOR } from './branchPlan.ts';
import type { ChunkSums } from './chunkSums.ts';
import type { KernelState } from './kernelState.ts';
import type { PreparedBranch } from './prepareScenario.ts';
import { ATTRIBUTION_OFFSET, DRAWDOWN_BINS, RISK_FIELDS, type SimulationPartial } from './simulationPartial.ts';

/** log(1 − depth) of the "deep drawdown" risk figure per asset: 20% for the indices, 50% for bitcoin. */
const LOG_DRAWDOWN = [Math.log(0.8), Math.log(0.8), Math.log(0.5)];

/** Per-path terminal figures: telescoped channels, risk counts and drawdown histograms. */
export function terminalAccounting(prepared: PreparedBranch, partial: SimulationPartial, st: KernelState, n: number, sums: ChunkSums): void {
  const plan = prepared.plan;
  const M = plan.months;
  const attr = sums.attribution;
  const cx = plan.cx, cuTot = plan.cu + plan.inflationBeta, gamma = plan.inflationRiskPremium;
  const dEh = plan.expectations[M] - plan.expectations[0];
  const dYs = plan.yieldShock[M] - plan.yieldShock[0];
  const dErp = plan.riskPremium[M] - plan.riskPremium[0];
  const dPi = plan.inflationPath[M] - plan.inflationPath[0];
  const res = prepared.residuals;
  const equities = [
    { eq: plan.smallCap, off: ATTRIBUTION_OFFSET.smallCap, log: st.logSmall, fin: st.financingSmall, val: st.valuationSmall, shk: st.shocksSmall, halfVar: 0.5 * res.vol[0] ** 2 },
    { eq: plan.largeCap, off: ATTRIBUTION_OFFSET.largeCap, log: st.logLarge, fin: st.financingLarge, val: st.valuationLarge, shk: st.shocksLarge, halfVar: 0.5 * res.vol[1] ** 2 },
  ];
  for (const { eq, off, log, fin, val, shk } of equities) {
    let backdrop = 0;
    for (let m = 1; m <= M; m++) backdrop += eq.backdrop[m];
    const fin0 = Math.log(Math.max(FINANCING_FLOOR, 1 - eq.burdenPerRate * eq.debtRate));
    const d = eq.duration;
    // Channel order: EQUITY_CHANNELS.
    attr[off] += n * eq.earnings * M;
    attr[off + 1] += n * backdrop;
    attr[off + 6] += n * (-d * dErp);
    attr[off + 8] += n * eq.dividends * M;
    let sFin = 0, sPol = 0, sTp = 0, sInf = 0, sVal = 0, sShk = 0, sTot = 0;
    for (let i = 0; i < n; i++) {
      sFin += fin[i] - fin0;
      sPol += -d * (dEh + cx * st.x[i]);
      sTp += -d * (dYs + st.v[i]);
      sInf += -d * (cuTot + gamma) * st.u[i];
      sVal += val[i];
      sShk += shk[i];
      sTot += log[i];
    }
    attr[off + 2] += sFin;
    attr[off + 3] += sPol;
    attr[off + 4] += sTp;
    attr[off + 5] += sInf;
    attr[off + 7] += sVal;
    attr[off + 9] += sShk;
    attr[off + 10] += sTot;
  }
  const B = plan.bitcoin;
  const ob = ATTRIBUTION_OFFSET.bitcoin;
  attr[ob] += n * B.drift * M;
  let sReal = 0, sRisk = 0, sJump = 0, sShk = 0, sTot = 0;
  for (let i = 0; i < n; i++) {
    sReal += -B.sensitivity * (dEh + dYs + cx * st.x[i] + cuTot * st.u[i] + st.v[i] - dPi - st.u[i]);
    sRisk += -B.sensitivity * (dErp + gamma * st.u[i]);
    sJump += st.jumpsBitcoin[i];
    sShk += st.shocksBitcoin[i];
    sTot += st.logBitcoin[i];
  }
  attr[ob + 1] += sReal;
  attr[ob + 2] += sRisk;
  attr[ob + 3] += sJump;
  attr[ob + 4] += sShk;
  attr[ob + 5] += sTot;

  const risk = partial.riskCounts;
  const dd = partial.drawdownCounts;
  const assets = [
    [st.logSmall, st.logLarge, st.drawdownSmall],
    [st.logLarge, st.logSmall, st.drawdownLarge],
    [st.logBitcoin, st.logLarge, st.drawdownBitcoin],
  ] as const;
  for (let a = 0; a < 3; a++) {
    const [own, other, draw] = assets[a];
    let loss = 0, beat = 0, deep = 0;
    for (let i = 0; i < n; i++) {
      if (own[i] < 0) loss++;
      if (own[i] > other[i]) beat++;
      if (draw[i] < LOG_DRAWDOWN[a]) deep++;
      const depth = 1 - Math.exp(draw[i]);
      dd[a * DRAWDOWN_BINS + Math.min(DRAWDOWN_BINS - 1, Math.floor(depth * DRAWDOWN_BINS))]++;
    }
    risk[a * RISK_FIELDS] += loss;
    risk[a * RISK_FIELDS + 1] += beat;
    risk[a * RISK_FIELDS + 2] += deep;
  }
}
