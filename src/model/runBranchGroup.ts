import type { EquityPlan } from './equityPlan.ts';
import { FINANCING_FLOOR } from './equityPlan.ts';
import { CHUNK_PATHS } from './chunkCount.ts';
import { NORMALS_PER_STEP, TOTAL, type KernelState } from './kernelState.ts';
import type { PreparedBranch } from './prepareScenario.ts';
import { fastExp } from './fastExp.ts';
import { fastLog } from './fastLog.ts';
import type { KernelTiming } from './kernelTiming.ts';
import type { RandomStream } from './randomStream.ts';
import type { ChunkSums } from './chunkSums.ts';
import { terminalAccounting } from './terminalAccounting.ts';
import { histogramBins, histogramOffset, type SimulationPartial } from './simulationPartial.ts';

/** Called after each month-step with the kernel state of the group's `count` paths (tests only). */
export type StepHook = (month: number, state: KernelState, count: number, branch: number) => void;

// V8 folds module-local consts into optimized code: the state arrays below are embedded by address
// with one bounds check per access, where arrays passed as parameters or read off an object are
// re-checked (map, length, base pointer) at every access; an imported binding is a cell load plus a
// hole check per use, and an imported double is boxed. So the hot loops use only module-local consts.
const FLOOR = FINANCING_FLOOR;
const exp = fastExp;
const log = fastLog;
/** Histogram slot of a scaled value t = (x − lo)·nb/(hi − lo): t ≤ 0 → underflow (0); t ≥ nb → overflow (nb + 1); else 1 + ⌊t⌋. */
// An arrow in a const (a function declaration is a mutable binding, re-checked at every call); the
// `| 0`s make the integer adds wrap instead of carrying overflow checks (the values are small).
const bin = (t: number, nb: number): number => (t > 0 ? (t < nb ? ((t | 0) + 1) | 0 : (nb + 1) | 0) : 0);
/**
 * max(d, 0) without a branch: the running peak and drawdown use it, since a new high or a new worst
 * drawdown is a coin flip the branch predictor keeps missing. Exact for d ≤ 0; for d > 0 the
 * updated peak or drawdown is within an ulp of the exact one, and a drawdown never turns positive.
 */
const positivePart = (d: number): number => 0.5 * (d + Math.abs(d));

const C = CHUNK_PATHS;
const X = new Float64Array(C); // policy surprise
const U = new Float64Array(C); // inflation surprise
const V = new Float64Array(C); // term-premium noise
/** Log returns since month 0: small caps at [0, C), large caps at [C, 2C), bitcoin at [2C, 3C). */
const LOG = new Float64Array(3 * C);
const FINANCING = new Float64Array(2 * C);
/** Each path's long-run growth draw: one normal per path, shared by both indices (MODEL §9.6). */
const GROWTH = new Float64Array(C);
/** The group's running sums over paths that only the attribution needs (layout: TOTAL). */
const TOTALS = new Float64Array(6);
const T_SHOCKS = TOTAL.shocksSmall, T_FINANCING = TOTAL.financingSmall, T_JUMPS = TOTAL.jumpsBitcoin;
const PEAK = new Float64Array(3 * C);
const DRAWDOWN = new Float64Array(3 * C);
const RATE = new Float64Array(C);
const TEN_YEAR = new Float64Array(C);
const INFLATION = new Float64Array(C);
/**
 * This month's per-path log move of each asset (as LOG) apart from its deterministic drift, the
 * financing channel and jumps: growth draw, discount rate, growth news in the term premium (MODEL
 * §9.5) and the residual shock for the indices; real rate, risk appetite and residual for bitcoin.
 */
const MOVE = new Float64Array(3 * C);
const RESIDUAL = new Float64Array(3 * C);
const NORMALS = new Float64Array(NORMALS_PER_STEP * C);
const UNIFORMS = new Float64Array(2 * C);
/** Each path's t scale this month, √((ν − 2)/χ²ν); all 1 with normal shocks. */
const TAIL_SCALE = new Float64Array(C);
const JUMP_NORMALS = new Float64Array(C);
/** The financing factor 1 − b·i/i0 (floored) of the previous month, per index as LOG. */
const FACTOR = new Float64Array(2 * C);
/** Below this s², 2s(1 + s²/3 + … + s⁸/9) is atanh's series to < 1e-16 relative (the next term is s¹⁰/11). */
const ATANH_S2_MAX = 1e-3;

const part = (a: Float64Array, k: number) => a.subarray(k * C, (k + 1) * C);
/** Views of the state above, for the step hook and the terminal accounting. */
const STATE: KernelState = {
  x: X, u: U, v: V,
  logSmall: part(LOG, 0), logLarge: part(LOG, 1), logBitcoin: part(LOG, 2),
  growth: GROWTH,
  financingSmall: part(FINANCING, 0), financingLarge: part(FINANCING, 1),
  totals: TOTALS,
  peakSmall: part(PEAK, 0), peakLarge: part(PEAK, 1), peakBitcoin: part(PEAK, 2),
  drawdownSmall: part(DRAWDOWN, 0), drawdownLarge: part(DRAWDOWN, 1), drawdownBitcoin: part(DRAWDOWN, 2),
  rate: RATE, tenYear: TEN_YEAR, inflation: INFLATION,
  move: MOVE,
  residualSmall: part(RESIDUAL, 0), residualLarge: part(RESIDUAL, 1), residualBitcoin: part(RESIDUAL, 2),
  normals: NORMALS, uniforms: UNIFORMS, tailScales: TAIL_SCALE,
};

/**
 * Simulates `n` paths of one branch over the whole horizon (MODEL §2) and adds them to the partial's
 * counts and to the chunk's sums. Steps outer, paths inner; each step first fills its random numbers
 * in tight loops, then does the maths on preallocated arrays without allocating.
 */
export function runBranchGroup(
  prepared: PreparedBranch, branchIndex: number, partial: SimulationPartial,
  rng: RandomStream, n: number, sums: ChunkSums, hook?: StepHook, timing?: KernelTiming,
): void {
  const plan = prepared.plan;
  const res = prepared.residuals;
  const M = plan.months;
  const S = plan.smallCap, L = plan.largeCap, B = plan.bitcoin;

  const factorSmall0 = Math.max(FLOOR, 1 - S.burdenPerRate * S.debtRate);
  const factorLarge0 = Math.max(FLOOR, 1 - L.burdenPerRate * L.debtRate);
  const finSmall0 = Math.log(factorSmall0), finLarge0 = Math.log(factorLarge0);
  TOTALS.fill(0);
  for (let i = 0; i < n; i++) {
    X[i] = 0; U[i] = 0; V[i] = 0;
    FINANCING[i] = finSmall0; FINANCING[C + i] = finLarge0;
    FACTOR[i] = factorSmall0; FACTOR[C + i] = factorLarge0;
  }
  for (let i = 0; i < n; i++) {
    LOG[i] = 0; LOG[C + i] = 0; LOG[2 * C + i] = 0;
    PEAK[i] = 0; PEAK[C + i] = 0; PEAK[2 * C + i] = 0;
    DRAWDOWN[i] = 0; DRAWDOWN[C + i] = 0; DRAWDOWN[2 * C + i] = 0;
  }

  const ax = plan.surprise.a, bx = plan.surprise.b;
  const phi = plan.inflationPersistence, su = plan.inflationVol;
  const av = plan.termPremium.a, bv = plan.termPremium.b;
  const phiR = plan.inflationReaction, elb = plan.lowerBound;
  const cx = plan.cx, cuTot = plan.cu + plan.inflationBeta, gamma = plan.inflationRiskPremium;
  const nu = plan.tailDf;
  const ch = res.cholesky;
  const sigS = res.vol[0], sigL = res.vol[1], sigB = res.vol[2];
  // Residual loadings: vol × Cholesky row.
  const kSS = sigS * ch[0];
  const kLS = sigL * ch[3], kLL = sigL * ch[4];
  const kBS = sigB * ch[6], kBL = sigB * ch[7], kBB = sigB * ch[8];
  const dB = B.sensitivity, driftB = B.drift, muJ = B.jumpMean, sigJ = B.jumpVol, lamJ = B.jumpRate;
  const noJump = Math.exp(-lamJ);
  const gVolS = S.growthVol, dS = S.duration, gvS = S.termPremiumGrowth;
  const gVolL = L.growthVol, dL = L.duration, gvL = L.termPremiumGrowth;
  const track = hook !== undefined;
  const counts = partial.counts, ranges = partial.ranges;
  const means = sums.means;
  // The step's normals are packed with stride n: x, u, v, three residuals.
  const n2 = 2 * n, n3 = 3 * n, n4 = 4 * n, n5 = 5 * n;

  // Phase clock reads only when timed (a benchmark): draws | dynamics | accumulation.
  // Normal shocks: every path's t scale is 1 for the whole horizon (another branch may have left others).
  if (nu === null) TAIL_SCALE.fill(1, 0, n);
  const clock = timing?.clock;
  let draws = 0, dynamics = 0, accumulation = 0;
  for (let m = 1; m <= M; m++) {
    const t0 = clock ? clock() : 0;
    // Each path's long-run growth draw comes first, with month 1's numbers (the horizon is ≥ 6 months).
    if (m === 1) rng.fillNormals(GROWTH, n);
    rng.fillNormals(NORMALS, NORMALS_PER_STEP * n);
    rng.fillUniforms(UNIFORMS, n);
    if (nu !== null) rng.fillTailScales(TAIL_SCALE, n, nu);
    // Jump sizes' normals only for the paths that jump (~λ of them), in path order after the bulk fills.
    let jumpers = 0;
    for (let i = 0; i < n; i++) if (UNIFORMS[i] > noJump) jumpers++;
    if (jumpers > 0) rng.fillNormals(JUMP_NORMALS, jumpers);
    const t1 = clock ? clock() : 0;

    // Macro states (MODEL §2.2–2.5), the residual t shocks (§2.8) and each asset's per-path move this
    // month apart from financing and jumps: growth draw, discount rate, growth news in the term
    // premium, residual. The residuals' sums go to the attribution; their values to a step hook only.
    const pM = plan.policy[m] + plan.shockReaction[m];
    const yBase = plan.tenYearPath[m];
    const dyBase = plan.tenYearPath[m] - plan.tenYearPath[m - 1];
    const dErpBase = plan.premiumPath[m] - plan.premiumPath[m - 1];
    let shockS = 0, shockL = 0, shockB = 0;
    for (let i = 0; i < n; i++) {
      const t = TAIL_SCALE[i];
      const zS = NORMALS[n3 + i], zL = NORMALS[n4 + i], zB = NORMALS[n5 + i];
      const rS = kSS * zS * t, rL = (kLS * zS + kLL * zL) * t, rB = (kBS * zS + kBL * zL + kBB * zB) * t;
      shockS += rS; shockL += rL; shockB += rB;
      if (track) {
        RESIDUAL[i] = rS; RESIDUAL[C + i] = rL; RESIDUAL[2 * C + i] = rB;
      }
      const x0 = X[i], u0 = U[i], v0 = V[i];
      const x1 = ax * x0 + bx * NORMALS[i];
      const u1 = phi * u0 + su * NORMALS[n + i];
      const v1 = av * v0 + bv * NORMALS[n2 + i];
      X[i] = x1; U[i] = u1; V[i] = v1;
      const du = u1 - u0, dv = v1 - v0;
      const r = pM + x1 + phiR * u1;
      RATE[i] = r < elb ? elb : r;
      TEN_YEAR[i] = yBase + cx * x1 + cuTot * u1 + v1;
      const dk = dyBase + cx * (x1 - x0) + cuTot * du + dv + dErpBase + gamma * du;
      const g = GROWTH[i];
      MOVE[i] = gVolS * g - dS * dk + gvS * dv + rS;
      MOVE[C + i] = gVolL * g - dL * dk + gvL * dv + rL;
      MOVE[2 * C + i] = rB - dB * (dk - du);
    }
    TOTALS[T_SHOCKS] += shockS;
    TOTALS[T_SHOCKS + 1] += shockL;
    TOTALS[T_SHOCKS + 2] += shockB;
    // The inflation level only feeds the summary (which adds π̄ itself) and a step hook.
    if (track) for (let i = 0; i < n; i++) INFLATION[i] = plan.inflationPath[m] + U[i];

    equityStep(S, 0, m, plan.policy0, 0.5 * sigS * sigS, n, track);
    equityStep(L, 1, m, plan.policy0, 0.5 * sigL * sigL, n, track);

    // Bitcoin: drift, real rate, risk appetite, Merton jumps (Poisson by inversion), residual. Its
    // move is −dB·(Δy − Δπ) − dB·(Δk − Δy) with Δπ = Δπ̄ + Δu: the deterministic Δπ̄ joins the drift.
    const driftM = driftB + dB * (plan.inflationPath[m] - plan.inflationPath[m - 1]);
    let jn = 0, jumps = 0;
    for (let i = 0; i < n; i++) {
      let jump = 0;
      const uj = UNIFORMS[i];
      if (uj > noJump) {
        let k = 0, pk = noJump, cdf = noJump;
        while (uj > cdf && k < 200) {
          k++;
          pk *= lamJ / k;
          cdf += pk;
        }
        jump = k * muJ + sigJ * Math.sqrt(k) * JUMP_NORMALS[jn++];
      }
      const lB = LOG[2 * C + i] + driftM + MOVE[2 * C + i] + jump;
      LOG[2 * C + i] = lB;
      jumps += jump;
    }
    TOTALS[T_JUMPS] += jumps;

    const t2 = clock ? clock() : 0;
    // The month's histograms: series 0's slot and the step to the next series' (see histogramOffset).
    const first = histogramOffset(M, 0, m);
    accumulateMonth(m, M, n, plan.inflationPath[m], counts, ranges, means, histogramBins(M, m), first, histogramOffset(M, 1, m) - first, m === M);
    if (clock) {
      const t3 = clock();
      draws += t1 - t0;
      dynamics += t2 - t1;
      accumulation += t3 - t2;
    }
    if (hook) hook(m, STATE, n, branchIndex);
  }
  const t4 = clock ? clock() : 0;
  terminalAccounting(prepared, partial, STATE, n, sums);
  if (timing && clock) {
    timing.draws += draws;
    timing.dynamics += dynamics;
    timing.accumulation += accumulation + clock() - t4;
  }
}

/**
 * The summary's share of month m for the group's n paths:
 * - each asset's running peak and worst drawdown (log price less its peak so far), the risk figures';
 * - each series' histogram count in nb bins, series s's slot at counts[first + s·stride …] (values
 *   ≤ lo go to the underflow slot: see seriesRanges);
 * - the sums for the means. Rates and inflation: every path. Prices (levels, exp of the logs): every
 *   path at the horizon (`exact`, which the risk figures' mean return reads); before it, only the
 *   paths outside the histogram's range, and summarize adds the binned paths from the counts
 *   (histogramExpSum): the exps were the costliest part of this phase.
 * Its own function so that V8 inlines every `bin` and `exp` here: inlining into runBranchGroup ran
 * out of its budget (--max-inlined-bytecode-size-cumulative) and left a call in the loop.
 */
function accumulateMonth(
  m: number, M: number, n: number, piBase: number, counts: Uint32Array, ranges: Float64Array, means: Float64Array,
  nb: number, first: number, stride: number, exact: boolean,
): void {
  const lo0 = ranges[2 * m], sc0 = nb / (ranges[2 * m + 1] - lo0);
  const k1 = 2 * (M + 1 + m), lo1 = ranges[k1], sc1 = nb / (ranges[k1 + 1] - lo1);
  const k2 = 2 * (2 * (M + 1) + m), lo2 = ranges[k2], sc2 = nb / (ranges[k2 + 1] - lo2);
  const k3 = 2 * (3 * (M + 1) + m), lo3 = ranges[k3], sc3 = nb / (ranges[k3 + 1] - lo3);
  const b0 = first, b1 = stride + first, b2 = 2 * stride + first, b3 = 3 * stride + first;
  let sumS = 0, sumL = 0, sumB = 0, sumRel = 0;
  for (let i = 0; i < n; i++) {
    const lS = LOG[i], lL = LOG[C + i], lB = LOG[2 * C + i];
    const peakS = PEAK[i] + positivePart(lS - PEAK[i]), ddS = DRAWDOWN[i];
    PEAK[i] = peakS;
    DRAWDOWN[i] = ddS - positivePart(ddS - (lS - peakS));
    const peakL = PEAK[C + i] + positivePart(lL - PEAK[C + i]), ddL = DRAWDOWN[C + i];
    PEAK[C + i] = peakL;
    DRAWDOWN[C + i] = ddL - positivePart(ddL - (lL - peakL));
    const peakB = PEAK[2 * C + i] + positivePart(lB - PEAK[2 * C + i]), ddB = DRAWDOWN[2 * C + i];
    PEAK[2 * C + i] = peakB;
    DRAWDOWN[2 * C + i] = ddB - positivePart(ddB - (lB - peakB));
    const jS = bin((lS - lo0) * sc0, nb), jL = bin((lL - lo1) * sc1, nb);
    const jB = bin((lB - lo2) * sc2, nb), jRel = bin((lS - lL - lo3) * sc3, nb);
    counts[(b0 + jS) | 0]++;
    counts[(b1 + jL) | 0]++;
    counts[(b2 + jB) | 0]++;
    counts[(b3 + jRel) | 0]++;
    // (j − 1) read unsigned is ≥ nb only for the underflow (0) and overflow (nb + 1) slots.
    if (exact || (jS - 1) >>> 0 >= nb) sumS += exp(lS);
    if (exact || (jL - 1) >>> 0 >= nb) sumL += exp(lL);
    if (exact || (jB - 1) >>> 0 >= nb) sumB += exp(lB);
    if (exact || (jRel - 1) >>> 0 >= nb) sumRel += exp(lS - lL);
  }
  const k4 = 2 * (4 * (M + 1) + m), lo4 = ranges[k4], sc4 = nb / (ranges[k4 + 1] - lo4);
  const k5 = 2 * (5 * (M + 1) + m), lo5 = ranges[k5], sc5 = nb / (ranges[k5 + 1] - lo5);
  const k6 = 2 * (6 * (M + 1) + m), lo6 = ranges[k6], sc6 = nb / (ranges[k6 + 1] - lo6);
  const b4 = 4 * stride + first, b5 = 5 * stride + first, b6 = 6 * stride + first;
  let sumR = 0, sumY = 0, sumPi = 0;
  for (let i = 0; i < n; i++) {
    const r = RATE[i], y = TEN_YEAR[i], pi = piBase + U[i];
    counts[(b4 + bin((r - lo4) * sc4, nb)) | 0]++;
    counts[(b5 + bin((y - lo5) * sc5, nb)) | 0]++;
    counts[(b6 + bin((pi - lo6) * sc6, nb)) | 0]++;
    sumR += r; sumY += y; sumPi += pi;
  }
  means[m] += sumS;
  means[M + 1 + m] += sumL;
  means[2 * (M + 1) + m] += sumB;
  means[3 * (M + 1) + m] += sumRel;
  means[4 * (M + 1) + m] += sumR;
  means[5 * (M + 1) + m] += sumY;
  means[6 * (M + 1) + m] += sumPi;
}

/**
 * One month of equity index `a` (0 small, 1 large) for n paths: earnings × multiple, each channel a
 * log change (MODEL §2.6, §9). The deterministic channels come as one per-month drift (equityPlan);
 * per path: financing news here, and the rest of the month's move (growth draw, discount rate, growth
 * news in the term premium, residual shock) from MOVE.
 */
function equityStep(eq: EquityPlan, a: number, m: number, policy0: number, halfVar: number, n: number, track: boolean): void {
  const beta = eq.burdenPerRate, f = eq.floating, ref = eq.refinanced[m];
  // i = i0 + f·(r − r0) + ref·(y + spread − c), split into a per-step constant and the two rates.
  const fixed = eq.debtRate - f * policy0 + ref * (eq.spread - eq.fixedCoupon);
  const grow = eq.drift[m] - halfVar;
  const o = a * C;
  // The financing channel's month is log(F/F_prev) = 2·atanh(s), s = (F − F_prev)/(F + F_prev): a short
  // odd series in s (truncation < 1e-16 relative for s² < ATANH_S2_MAX, i.e. |ΔF/F| up to ~6%; one
  // division, no table), and fastLog of both factors in the rare larger moves.
  const one = 1 - beta * fixed, bf = beta * f, bref = beta * ref;
  let financing = 0;
  for (let i = 0; i < n; i++) {
    const k = o + i;
    const raw = one - bf * RATE[i] - bref * TEN_YEAR[i];
    const factor = raw < FLOOR ? FLOOR : raw;
    const previous = FACTOR[k];
    FACTOR[k] = factor;
    const s = (factor - previous) / (factor + previous), s2 = s * s;
    const dFin = s2 < ATANH_S2_MAX
      ? 2 * s * (1 + s2 * (1 / 3 + s2 * (1 / 5 + s2 * (1 / 7 + s2 * (1 / 9)))))
      : log(factor) - log(previous);
    LOG[k] = LOG[k] + grow + dFin + MOVE[k];
    financing += dFin;
    // Each path's financing log so far, for a step hook only (the attribution needs just the sum).
    if (track) FINANCING[k] += dFin;
  }
  TOTALS[T_FINANCING + a] += financing;
}
