/**
 * Normals drawn per path and month in bulk: x, u, v and three residuals. A path that jumps draws its
 * jump size's normal after the month's bulk draws (one uniform per path decides the jumps).
 */
export const NORMALS_PER_STEP = 6;

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
  financingSmall: Float64Array; // log(1 − b·i/i0), as the sum of its monthly changes
  financingLarge: Float64Array;
  shocksSmall: Float64Array; // accumulated residual shocks (without their −σ²/2, which is in the drift)
  shocksLarge: Float64Array;
  shocksBitcoin: Float64Array;
  jumpsBitcoin: Float64Array;
  peakSmall: Float64Array; // running max of the log price
  peakLarge: Float64Array;
  peakBitcoin: Float64Array;
  drawdownSmall: Float64Array; // most negative log(price/peak) so far
  drawdownLarge: Float64Array;
  drawdownBitcoin: Float64Array;
  /** Current effective policy rate, 10-year and inflation (decimals), for the step hook. */
  rate: Float64Array;
  tenYear: Float64Array;
  inflation: Float64Array;
  /** Per-step scratch shared by the step's loops: Δ10-year, Δ(10-year + ERP), Δu, residual t shocks. */
  dTenYear: Float64Array;
  dDiscount: Float64Array;
  dInflationSurprise: Float64Array;
  dTermPremium: Float64Array;
  residualSmall: Float64Array;
  residualLarge: Float64Array;
  residualBitcoin: Float64Array;
  normals: Float64Array;
  uniforms: Float64Array;
  mixing: Float64Array;
}
