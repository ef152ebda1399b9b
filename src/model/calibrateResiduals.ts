import type { BranchPlan } from './branchPlan.ts';
import { channelLoadings } from './channelLoadings.ts';
import { nearestCorrelation } from './nearestCorrelation.ts';

/** Residual shock parameters of one branch: monthly vols and the Cholesky factor of their correlation. */
export interface ResidualCalibration {
  /** Monthly residual vol of small caps, large caps, bitcoin (decimal, per √month). */
  vol: Float64Array;
  /** Residual correlation matrix, row-major 3×3 (small, large, bitcoin). */
  correlation: Float64Array;
  /** Lower Cholesky factor of `correlation`, row-major. */
  cholesky: Float64Array;
  notices: string[];
}

const ASSET_NAMES = ['small caps', 'large caps', 'bitcoin'];

/**
 * Calibrates σres and the residual correlations on the NEUTRAL plan of a branch so that total
 * monthly log returns hit the target vols and correlations (MODEL §2.6 item 7, §2.8).
 *
 * Deterministic and analytic: each month's macro contribution is loading × innovation of x, u and v
 * (channelLoadings), its covariance is averaged over the horizon's months, and the residual makes
 * up the rest: σres² = σ² − macro variance (bitcoin also minus the jumps' λ·(μJ² + σJ²)), and
 * ρres = (ρ·σi·σj − macro covariance)/(σres,i·σres,j). An invalid residual matrix is repaired to
 * the nearest positive-definite one, and the app is told.
 */
export function calibrateResiduals(neutral: BranchPlan): ResidualCalibration {
  const months = neutral.months;
  const loads = channelLoadings(neutral);
  const rows = [loads.smallCap, loads.largeCap, loads.bitcoin];
  const innovationVar = [neutral.surprise.b ** 2, neutral.inflationVol ** 2, neutral.termPremium.b ** 2];
  const macro = new Float64Array(9);
  for (let m = 1; m <= months; m++) {
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let cov = 0;
        for (let k = 0; k < 3; k++) cov += rows[i][3 * m + k] * rows[j][3 * m + k] * innovationVar[k];
        macro[i * 3 + j] += cov / months;
      }
    }
  }
  const btc = neutral.bitcoin;
  const jumpVar = btc.jumpRate * (btc.jumpMean ** 2 + btc.jumpVol ** 2);
  const target = [neutral.smallCap.targetVol, neutral.largeCap.targetVol, btc.targetVol];
  const extra = [0, 0, jumpVar];
  const notices: string[] = [];
  const vol = new Float64Array(3);
  for (let i = 0; i < 3; i++) {
    const residualVar = target[i] ** 2 - macro[i * 4] - extra[i];
    if (residualVar <= 0) {
      const implied = Math.sqrt((macro[i * 4] + extra[i]) * 12) * 100;
      notices.push(
        `The rate channels${i === 2 ? ' and jumps' : ''} alone give ${ASSET_NAMES[i]} a volatility of ${implied.toFixed(1)}%, ` +
          `above the ${(target[i] * Math.sqrt(12) * 100).toFixed(1)}% target, so their residual shocks are switched off.`,
      );
      vol[i] = 0;
    } else {
      vol[i] = Math.sqrt(residualVar);
    }
  }
  const tc = neutral.targetCorrelation;
  const targetCorr = [1, tc.smallLarge, tc.bitcoinSmall, tc.smallLarge, 1, tc.bitcoinLarge, tc.bitcoinSmall, tc.bitcoinLarge, 1];
  const raw = new Float64Array([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      if (i === j || vol[i] === 0 || vol[j] === 0) continue;
      raw[i * 3 + j] = (targetCorr[i * 3 + j] * target[i] * target[j] - macro[i * 3 + j]) / (vol[i] * vol[j]);
    }
  }
  const { matrix, repaired } = nearestCorrelation(raw);
  if (repaired) {
    const show = (k: number) => `${raw[k].toFixed(2)} → ${matrix[k].toFixed(2)}`;
    notices.push(
      'The correlations you set cannot all hold once the rate channels are counted, so the residual ' +
        `correlations were moved to the nearest valid set (small–large ${show(1)}, bitcoin–large ${show(5)}, ` +
        `bitcoin–small ${show(2)}).`,
    );
  }
  return { vol, correlation: matrix, cholesky: cholesky3(matrix), notices };
}

/** Lower Cholesky factor of a positive-definite 3×3 matrix, row-major. */
export function cholesky3(a: Float64Array): Float64Array {
  const l = new Float64Array(9);
  l[0] = Math.sqrt(a[0]);
  l[3] = a[3] / l[0];
  l[4] = Math.sqrt(Math.max(0, a[4] - l[3] * l[3]));
  l[6] = a[6] / l[0];
  l[7] = l[4] > 0 ? (a[7] - l[6] * l[3]) / l[4] : 0;
  l[8] = Math.sqrt(Math.max(0, a[8] - l[6] * l[6] - l[7] * l[7]));
  return l;
}
