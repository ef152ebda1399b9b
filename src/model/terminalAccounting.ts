import type { ChunkSums } from './chunkSums.ts';
import { TOTAL, type KernelState } from './kernelState.ts';
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
  const delta = (a: Float64Array) => a[M] - a[0];
  // The deterministic parts of the 10-year and of the risk premium, by channel.
  const dPolicy = delta(plan.expectations);
  const dTerm = delta(plan.yieldShock);
  const dInflation = delta(plan.expectationsInflation) + delta(plan.yieldInflation) + delta(plan.inflationPremium);
  const dRisk = delta(plan.riskPremium);
  const dInformation = delta(plan.informationPremium);
  const dPi = plan.inflationPath[M] - plan.inflationPath[0];
  const res = prepared.residuals;
  const equities = [
    { eq: plan.smallCap, off: ATTRIBUTION_OFFSET.smallCap, log: st.logSmall, sFin: st.totals[TOTAL.financingSmall], sShk: st.totals[TOTAL.shocksSmall], halfVar: 0.5 * res.vol[0] ** 2 },
    { eq: plan.largeCap, off: ATTRIBUTION_OFFSET.largeCap, log: st.logLarge, sFin: st.totals[TOTAL.financingLarge], sShk: st.totals[TOTAL.shocksLarge], halfVar: 0.5 * res.vol[1] ** 2 },
  ];
  for (const { eq, off, log, sFin, sShk, halfVar } of equities) {
    const d = eq.duration, gv = eq.termPremiumGrowth;
    // Channel order: EQUITY_CHANNELS.
    attr[off + 1] += n * delta(eq.backdropEps);
    attr[off + 2] += n * (delta(eq.informationEps) - d * dInformation);
    attr[off + 7] += n * (-d * dRisk);
    attr[off + 8] += n * delta(eq.valuation);
    attr[off + 9] += n * eq.dividends * M;
    let sGrowth = 0, sPol = 0, sTp = 0, sInf = 0, sTot = 0;
    for (let i = 0; i < n; i++) {
      sGrowth += st.growth[i];
      sPol += -d * (dPolicy + cx * st.x[i]);
      sTp += -d * dTerm + (gv - d) * st.v[i];
      sInf += -d * (dInflation + (cuTot + gamma) * st.u[i]);
      sTot += log[i];
    }
    attr[off] += M * (n * eq.earnings + eq.growthVol * sGrowth);
    attr[off + 3] += sFin - n * delta(eq.financingBaseline);
    attr[off + 4] += sPol;
    attr[off + 5] += sTp;
    attr[off + 6] += sInf;
    attr[off + 10] += sShk - n * halfVar * M;
    attr[off + 11] += sTot;
  }
  const B = plan.bitcoin;
  const ob = ATTRIBUTION_OFFSET.bitcoin;
  const dTenYear = delta(plan.tenYearPath);
  const dPremium = delta(plan.premiumPath);
  attr[ob] += n * B.drift * M;
  let sReal = 0, sRisk = 0, sTot = 0;
  for (let i = 0; i < n; i++) {
    sReal += -B.sensitivity * (dTenYear + cx * st.x[i] + cuTot * st.u[i] + st.v[i] - dPi - st.u[i]);
    sRisk += -B.sensitivity * (dPremium + gamma * st.u[i]);
    sTot += st.logBitcoin[i];
  }
  attr[ob + 1] += sReal;
  attr[ob + 2] += sRisk;
  attr[ob + 3] += st.totals[TOTAL.jumpsBitcoin];
  attr[ob + 4] += st.totals[TOTAL.shocksBitcoin];
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
