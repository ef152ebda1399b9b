/** Months in a 10-year yield's expectation window (MODEL §2.5). */
export const TEN_YEAR_MONTHS = 120;

/** What the deterministic expectations part of the 10-year needs (decimals, months). */
export interface ExpectedPolicyInputs {
  months: number;
  /** The user's announced path p[j], length ≥ months + TEN_YEAR_MONTHS. */
  policy: Float64Array;
  /** The path the market priced at the snapshot P[j], same length. */
  priced: Float64Array;
  /** Last month a priced decision takes effect (0 when none). */
  lastPriced: number;
  neutral: number;
  /** Half-life of the drift to `neutral` after the priced schedule, months (≤ 0: at once). */
  halfLife: number;
  lowerBound: number;
  /** The Fed's anticipated answer to the user's inflation shocks known at month m, for month j: reaction(m, j). */
  reaction: (m: number, j: number) => number;
}

/**
 * The expectations part of the 10-year, month by month (MODEL §9.2): at month m the market expects
 * the priced path for every later month, moved by the news learned so far, N[m] = p[m] − P[m],
 * which carries forward; after the priced schedule (or from m, if later) the expected rate drifts
 * to n* with the half-life. `path` is that average over the next 120 months; `inflation` is what
 * the Fed's anticipated reaction to the user's inflation shocks adds to it (zero unless it reacts).
 * With the user's path equal to the priced one, nothing is news and EH moves only as the window rolls.
 */
export function expectedPolicy(inp: ExpectedPolicyInputs): { path: Float64Array; inflation: Float64Array } {
  const path = new Float64Array(inp.months + 1);
  const inflation = new Float64Array(inp.months + 1);
  for (let m = 0; m <= inp.months; m++) {
    const news = inp.policy[m] - inp.priced[m];
    const last = Math.max(m, inp.lastPriced);
    const held = inp.priced[last] + news;
    let sum = 0;
    let sumReacting = 0;
    for (let k = 0; k < TEN_YEAR_MONTHS; k++) {
      const j = m + k;
      let rate: number;
      if (j <= last) rate = inp.priced[j] + news;
      else if (inp.halfLife > 0) rate = inp.neutral + (held - inp.neutral) * Math.pow(0.5, (j - last) / inp.halfLife);
      else rate = inp.neutral;
      const floored = Math.max(inp.lowerBound, rate);
      sum += floored;
      sumReacting += Math.max(inp.lowerBound, rate + inp.reaction(m, j)) - floored;
    }
    path[m] = sum / TEN_YEAR_MONTHS;
    inflation[m] = sumReacting / TEN_YEAR_MONTHS;
  }
  return { path, inflation };
}
