import { addBackdropHit } from './backdropProfile.ts';

/**
 * The reading of the Fed's moves (MODEL §9.3), each number with its source (docs/model.md §2.5):
 * - the rule is Taylor (1993)'s inflation response: n* + 1.5·(π − π*);
 * - Taylor (1993) weighs the output gap by 0.5, so a rate 1 pp below the inflation-only rule is what
 *   a 2 pp negative output gap warrants;
 * - S&P 500 EPS fell 15–30% in the 2001 and 2008 recessions while the output gap fell by roughly
 *   4–6 pp: about 5% of EPS per pp of gap (times each index's cyclicality);
 * - a recession's +1.5 pp equity risk premium (MODEL §2.6) for a ~4 pp gap: 0.375 pp per pp of gap.
 */
export const RULE_INFLATION_WEIGHT = 1.5;
export const OUTPUT_GAP_PER_PP = 2;
export const EPS_PER_GAP_PP = 0.05;
export const PREMIUM_PER_GAP_PP = 0.00375;

/** What the information effect needs, in decimals and months. */
export interface InformationInputs {
  months: number;
  policy: Float64Array;
  priced: Float64Array;
  /** The scenario's inflation path π̄ (user shocks included). */
  inflationPath: Float64Array;
  inflationTarget: number;
  neutral: number;
  /** ω, 0–1. */
  weight: number;
  recoveryMonths: number;
}

/** The implied backdrop: weakness W by month, cumulative log EPS change at cyclicality 1, and risk premium. */
export interface InformationEffect {
  /** W[m]: how much further below the rule the user's path stands than the priced path, decimals. */
  weakness: Float64Array;
  /** Cumulative log EPS change for cyclicality 1 (each index scales it by its own). */
  eps: Float64Array;
  /** Equity risk premium the reading adds, decimals. */
  premium: Float64Array;
}

/**
 * Reads the news in the user's path against the rule: only the part of a cut beyond the priced
 * path that takes the rate further below n* + 1.5·(π − π*) reveals weakness (cuts from above the
 * rule are normalisation), and hikes that lift it back reveal strength. Each month's change of that
 * weakness is news that month, turned into a growth hit (EPS over a year, premium at once) that
 * recovers like any backdrop, scaled by the weight ω.
 */
export function informationEffect(inp: InformationInputs): InformationEffect {
  const n = inp.months + 1;
  const weakness = new Float64Array(n);
  const eps = new Float64Array(n);
  const premium = new Float64Array(n);
  for (let m = 0; m < n; m++) {
    const rule = inp.neutral + RULE_INFLATION_WEIGHT * (inp.inflationPath[m] - inp.inflationTarget);
    weakness[m] = Math.max(0, rule - inp.policy[m]) - Math.max(0, rule - inp.priced[m]);
  }
  if (inp.weight === 0) return { weakness, eps, premium };
  for (let m = 1; m < n; m++) {
    const news = weakness[m] - weakness[m - 1];
    if (news === 0) continue;
    const gap = -OUTPUT_GAP_PER_PP * news * 100; // pp of output gap the move reveals
    addBackdropHit(eps, premium, m, inp.weight * EPS_PER_GAP_PP * gap, -inp.weight * PREMIUM_PER_GAP_PP * gap, inp.recoveryMonths);
  }
  return { weakness, eps, premium };
}
