/**
 * Normals drawn per path and month in bulk: x, u, v and three residuals. A path that jumps draws its
 * jump size's normal after the month's bulk draws (one uniform per path decides the jumps).
 */
export const NORMALS_PER_STEP = 6;

/**
 * Slots of `KernelState.totals`: sums over the group's paths of what only the attribution needs
 * (each path's own total would cost a load and a store per path and month).
 */
export const TOTAL = {
  shocksSmall: 0, shocksLarge: 1, shocksBitcoin: 2, // residual shocks (without their −σ²/2)
  financingSmall: 3, financingLarge: 4, // the financing channel's log changes
  jumpsBitcoin: 5,
} as const;

/**
 * The per-path state of one chunk, one Float64Array per variable (struct of arrays), plus the
 * per-step random buffers: views of the kernel's module-level arrays (see runBranchGroup), which are
 * allocated once per thread and reused by every chunk and branch group.
 */
export interface KernelState {
  x: Float64Array; // policy surprise
  u: Float64Array; // inflation surprise
  v: Float64Array; // term-premium noise
  logSmall: Float64Array; // log return since month 0
  logLarge: Float64Array;
  logBitcoin: Float64Array;
  growth: Float64Array; // each path's long-run growth draw (a standard normal)
  /** log(1 − b·i/i0), as the sum of its monthly changes: kept up only while a step hook runs. */
  financingSmall: Float64Array;
  financingLarge: Float64Array;
  /** Running sums over the group's paths (slots: TOTAL). */
  totals: Float64Array;
  peakSmall: Float64Array; // running max of the log price
  peakLarge: Float64Array;
  peakBitcoin: Float64Array;
  drawdownSmall: Float64Array; // most negative log(price/peak) so far
  drawdownLarge: Float64Array;
  drawdownBitcoin: Float64Array;
  /** Current effective policy rate, 10-year and inflation (decimals); inflation only while a step hook runs. */
  rate: Float64Array;
  tenYear: Float64Array;
  inflation: Float64Array;
  /** Per-step scratch: the month's move of each asset's log apart from drift, financing and jumps (as the logs), residual t shocks. */
  move: Float64Array;
  residualSmall: Float64Array;
  residualLarge: Float64Array;
  residualBitcoin: Float64Array;
  normals: Float64Array;
  uniforms: Float64Array;
  /** Each path's t scale this month, √((ν − 2)/χ²ν) (1 with normal shocks). */
  tailScales: Float64Array;
}
