import { FINANCING_FLOOR, type EquityPlan } from './branchPlan.ts';
import { NORMALS_PER_STEP, type KernelState } from './kernelState.ts';
import type { PreparedBranch } from './prepareScenario.ts';
import { fastExp } from './fastExp.ts';
import { fastLog } from './fastLog.ts';
import type { RandomStream } from './randomStream.ts';
import {
  ATTRIBUTION_OFFSET, DRAWDOWN_BINS, HISTOGRAM_BINS, RISK_FIELDS, type SimulationPartial,
} from './simulationPartial.ts';

/** Called after each month-step with the kernel state of the group's `count` paths (tests only). */
export type StepHook = (month: number, state: KernelState, count: number, branch: number) => void;

/** Chunk-local floating sums, added in a fixed order and folded into exact limbs at the chunk's end. */
export interface ChunkSums {
  /** Per series and month, the sum over paths of the level ratio or rate (layout of `meanIndex`). */
  means: Float64Array;
  attribution: Float64Array;
}

// Imports are live bindings (a cell load, a hole check and for a double a boxed value per use in a
// hot loop); module-local consts fold into the optimized code.
const NB = HISTOGRAM_BINS;
const FLOOR = FINANCING_FLOOR;
const exp = fastExp;
const log = fastLog;
const SLOT = NB + 2;
const LOG_DRAWDOWN = [Math.log(0.8), Math.log(0.8), Math.log(0.5)];

/**
 * Simulates `n` paths of one branch over the whole horizon (MODEL §2) and adds them to the partial's
 * counts and to the chunk's sums. Steps outer, paths inner; each step first fills its random numbers
 * in tight loops, then does the maths on preallocated arrays without allocating.
 */
export function runBranchGroup(
  prepared: PreparedBranch, branchIndex: number, partial: SimulationPartial, st: KernelState,
  rng: RandomStream, n: number, sums: ChunkSums, hook?: StepHook,
): void {
  const plan = prepared.plan;
  const res = prepared.residuals;
  const M = plan.months;
  const S = plan.smallCap, L = plan.largeCap, B = plan.bitcoin;
  const { x, u, v, logSmall, logLarge, logBitcoin, multipleSmall, multipleLarge, financingSmall, financingLarge } = st;
  const { valuationSmall, valuationLarge, shocksSmall, shocksLarge, shocksBitcoin, jumpsBitcoin } = st;
  const { peakSmall, peakLarge, peakBitcoin, drawdownSmall, drawdownLarge, drawdownBitcoin } = st;
  const { normals, uniforms, mixing, rate: rateOut, tenYear: tenYearOut, inflation: inflationOut } = st;

  const finSmall0 = Math.log(Math.max(FINANCING_FLOOR, 1 - S.burdenPerRate * S.debtRate));
  const finLarge0 = Math.log(Math.max(FINANCING_FLOOR, 1 - L.burdenPerRate * L.debtRate));
  for (let i = 0; i < n; i++) {
    x[i] = 0; u[i] = 0; v[i] = 0;
    logSmall[i] = 0; logLarge[i] = 0; logBitcoin[i] = 0;
    multipleSmall[i] = S.logMultiple0; multipleLarge[i] = L.logMultiple0;
    financingSmall[i] = finSmall0; financingLarge[i] = finLarge0;
    valuationSmall[i] = 0; valuationLarge[i] = 0;
    shocksSmall[i] = 0; shocksLarge[i] = 0; shocksBitcoin[i] = 0; jumpsBitcoin[i] = 0;
    peakSmall[i] = 0; peakLarge[i] = 0; peakBitcoin[i] = 0;
    drawdownSmall[i] = 0; drawdownLarge[i] = 0; drawdownBitcoin[i] = 0;
  }

  const ax = plan.surprise.a, bx = plan.surprise.b;
  const phi = plan.inflationPersistence, su = plan.inflationVol;
  const av = plan.termPremium.a, bv = plan.termPremium.b;
  const phiR = plan.inflationReaction, elb = plan.lowerBound;
  const cx = plan.cx, cuTot = plan.cu + plan.inflationBeta, gamma = plan.inflationRiskPremium, tp0 = plan.termPremium0;
  const nu = plan.tailDf;
  const tailScale = nu === null ? 1 : Math.sqrt((nu - 2) / nu);
  const ch = res.cholesky;
  const c00 = ch[0], c10 = ch[3], c11 = ch[4], c20 = ch[6], c21 = ch[7], c22 = ch[8];
  const sigS = res.vol[0], sigL = res.vol[1], sigB = res.vol[2];
  const dB = B.sensitivity, driftB = B.drift, muJ = B.jumpMean, sigJ = B.jumpVol, lamJ = B.jumpRate;
  const noJump = Math.exp(-lamJ);
  const { dTenYear, dDiscount, dInflationSurprise, residualSmall, residualLarge, residualBitcoin } = st;
  const counts = partial.counts, ranges = partial.ranges;
  const means = sums.means;
  const n2 = 2 * n, n3 = 3 * n, n4 = 4 * n, n5 = 5 * n, n6 = 6 * n;

  for (let m = 1; m <= M; m++) {
    rng.fillNormals(normals, NORMALS_PER_STEP * n);
    rng.fillUniforms(uniforms, n);
    if (nu !== null) rng.fillChiSquareMixing(mixing, n, nu);

    // Macro states (MODEL §2.2–2.5) and the month's residual t shocks (§2.8).
    const pM = plan.policy[m] + plan.shockReaction[m];
    const yBase = plan.expectations[m] + tp0 + plan.yieldShock[m];
    const dyBase = plan.expectations[m] - plan.expectations[m - 1] + plan.yieldShock[m] - plan.yieldShock[m - 1];
    const dErpBase = plan.riskPremium[m] - plan.riskPremium[m - 1];
    const piBase = plan.inflationPath[m];
    for (let i = 0; i < n; i++) {
      const x0 = x[i], u0 = u[i], v0 = v[i];
      const x1 = ax * x0 + bx * normals[i];
      const u1 = phi * u0 + su * normals[n + i];
      const v1 = av * v0 + bv * normals[n2 + i];
      x[i] = x1; u[i] = u1; v[i] = v1;
      const du = u1 - u0;
      const r = pM + x1 + phiR * u1;
      rateOut[i] = r < elb ? elb : r;
      tenYearOut[i] = yBase + cx * x1 + cuTot * u1 + v1;
      inflationOut[i] = piBase + u1;
      const dy = dyBase + cx * (x1 - x0) + cuTot * du + (v1 - v0);
      dTenYear[i] = dy;
      dDiscount[i] = dy + dErpBase + gamma * du;
      dInflationSurprise[i] = du;
      const t = nu === null ? 1 : tailScale / Math.sqrt(mixing[i]);
      const zS = normals[n3 + i], zL = normals[n4 + i], zB = normals[n5 + i];
      residualSmall[i] = sigS * c00 * zS * t;
      residualLarge[i] = sigL * (c10 * zS + c11 * zL) * t;
      residualBitcoin[i] = sigB * (c20 * zS + c21 * zL + c22 * zB) * t;
    }

    equityStep(S, m, plan.policy0, rateOut, tenYearOut, dDiscount, residualSmall, 0.5 * sigS * sigS, n,
      logSmall, multipleSmall, financingSmall, valuationSmall, shocksSmall, peakSmall, drawdownSmall);
    equityStep(L, m, plan.policy0, rateOut, tenYearOut, dDiscount, residualLarge, 0.5 * sigL * sigL, n,
      logLarge, multipleLarge, financingLarge, valuationLarge, shocksLarge, peakLarge, drawdownLarge);

    // Bitcoin: drift, real rate, risk appetite, Merton jumps (Poisson by inversion), residual.
    const dPiBase = plan.inflationPath[m] - plan.inflationPath[m - 1];
    for (let i = 0; i < n; i++) {
      let jump = 0;
      const uj = uniforms[i];
      if (uj > noJump) {
        let k = 0, pk = noJump, cdf = noJump;
        while (uj > cdf && k < 200) {
          k++;
          pk *= lamJ / k;
          cdf += pk;
        }
        jump = k * muJ + sigJ * Math.sqrt(k) * normals[n6 + i];
      }
      const dy = dTenYear[i], dk = dDiscount[i];
      const lB = logBitcoin[i] + driftB - dB * (dy - dPiBase - dInflationSurprise[i]) - dB * (dk - dy) + jump + residualBitcoin[i];
      logBitcoin[i] = lB;
      jumpsBitcoin[i] += jump;
      shocksBitcoin[i] += residualBitcoin[i];
      const top = lB > peakBitcoin[i] ? lB : peakBitcoin[i];
      peakBitcoin[i] = top;
      const fall = lB - top;
      if (fall < drawdownBitcoin[i]) drawdownBitcoin[i] = fall;
    }

    // Fine histograms (values ≤ lo go to the underflow slot: see seriesRanges) and the means.
    const mb = m * SLOT, stride = (M + 1) * SLOT;
    const lo0 = ranges[2 * m], sc0 = NB / (ranges[2 * m + 1] - lo0);
    const k1 = 2 * (M + 1 + m), lo1 = ranges[k1], sc1 = NB / (ranges[k1 + 1] - lo1);
    const k2 = 2 * (2 * (M + 1) + m), lo2 = ranges[k2], sc2 = NB / (ranges[k2 + 1] - lo2);
    const k3 = 2 * (3 * (M + 1) + m), lo3 = ranges[k3], sc3 = NB / (ranges[k3 + 1] - lo3);
    const b0 = mb, b1 = stride + mb, b2 = 2 * stride + mb, b3 = 3 * stride + mb;
    let sumS = 0, sumL = 0, sumB = 0, sumRel = 0;
    for (let i = 0; i < n; i++) {
      const lS = logSmall[i], lL = logLarge[i], lB = logBitcoin[i];
      counts[b0 + bin((lS - lo0) * sc0)]++;
      counts[b1 + bin((lL - lo1) * sc1)]++;
      counts[b2 + bin((lB - lo2) * sc2)]++;
      counts[b3 + bin((lS - lL - lo3) * sc3)]++;
      const gS = exp(lS), gL = exp(lL);
      sumS += gS; sumL += gL; sumB += exp(lB); sumRel += gS / gL;
    }
    const k4 = 2 * (4 * (M + 1) + m), lo4 = ranges[k4], sc4 = NB / (ranges[k4 + 1] - lo4);
    const k5 = 2 * (5 * (M + 1) + m), lo5 = ranges[k5], sc5 = NB / (ranges[k5 + 1] - lo5);
    const k6 = 2 * (6 * (M + 1) + m), lo6 = ranges[k6], sc6 = NB / (ranges[k6 + 1] - lo6);
    const b4 = 4 * stride + mb, b5 = 5 * stride + mb, b6 = 6 * stride + mb;
    let sumR = 0, sumY = 0, sumPi = 0;
    for (let i = 0; i < n; i++) {
      const r = rateOut[i], y = tenYearOut[i], pi = inflationOut[i];
      counts[b4 + bin((r - lo4) * sc4)]++;
      counts[b5 + bin((y - lo5) * sc5)]++;
      counts[b6 + bin((pi - lo6) * sc6)]++;
      sumR += r; sumY += y; sumPi += pi;
    }
    means[m] += sumS;
    means[M + 1 + m] += sumL;
    means[2 * (M + 1) + m] += sumB;
    means[3 * (M + 1) + m] += sumRel;
    means[4 * (M + 1) + m] += sumR;
    means[5 * (M + 1) + m] += sumY;
    means[6 * (M + 1) + m] += sumPi;
    if (hook) hook(m, st, n, branchIndex);
  }
  terminalAccounting(prepared, partial, st, n, sums);
}

/** One month of an equity index for n paths: earnings × multiple, each channel a log change (MODEL §2.6). */
function equityStep(
  eq: EquityPlan, m: number, rate0: number, rate: Float64Array, tenYear: Float64Array, dDiscount: Float64Array,
  residual: Float64Array, halfVar: number, n: number, logPrice: Float64Array, multiple: Float64Array,
  financing: Float64Array, valuation: Float64Array, shocks: Float64Array, peak: Float64Array, drawdown: Float64Array,
): void {
  const beta = eq.burdenPerRate, f = eq.floating, ref = eq.refinanced[m], d = eq.duration, pull = eq.valuationPull;
  // i = i0 + f·(r − r0) + ref·(y + spread − i0), split into a per-step constant and the two rates.
  const fixed = eq.debtRate - f * rate0 + ref * (eq.spread - eq.debtRate);
  const grow = eq.earnings + eq.backdrop[m] + eq.dividends;
  for (let i = 0; i < n; i++) {
    let factor = 1 - beta * (fixed + f * rate[i] + ref * tenYear[i]);
    if (factor < FLOOR) factor = FLOOR;
    const fin = log(factor);
    // The pull acts on the gap to the rate-consistent fair multiple (log M̄ − D·Δk), so mean
    // reversion never undoes a rate move: only the valuation gap and the residual shocks revert.
    const val = -pull * multiple[i];
    const shock = residual[i] - halfVar;
    const mult = val + shock - d * dDiscount[i];
    multiple[i] += val + shock;
    const l = logPrice[i] + grow + (fin - financing[i]) + mult;
    financing[i] = fin;
    logPrice[i] = l;
    valuation[i] += val;
    shocks[i] += shock;
    const top = l > peak[i] ? l : peak[i];
    peak[i] = top;
    const fall = l - top;
    if (fall < drawdown[i]) drawdown[i] = fall;
  }
}

function bin(t: number): number {
  // t ≤ 0 → underflow (0); t ≥ NB → overflow (NB + 1); else 1 + ⌊t⌋.
  return t > 0 ? (t < NB ? (t | 0) + 1 : NB + 1) : 0;
}

/** Per-path terminal figures: telescoped channels, risk counts and drawdown histograms. */
function terminalAccounting(prepared: PreparedBranch, partial: SimulationPartial, st: KernelState, n: number, sums: ChunkSums): void {
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
