/**
 * Where a run's time goes, for benchmarks: milliseconds by the caller's clock, added to across
 * chunks and branch groups. Each month-step of a branch group has three phases, timed apart:
 *
 * - `draws`: the month's random numbers (the bulk normals, uniforms and mixing draws, then one
 *   normal per path that jumps), exactly what the bench's random-number floor draws;
 * - `dynamics`: the model's equations, from the draws to the new macro states, equity and bitcoin
 *   log prices and channel totals (MODEL §2): the kernel proper;
 * - `accumulation`: the summary's share of the loop: each path's running peak and drawdown, the
 *   seven series' histogram counts and mean sums of the month, plus each group's terminal
 *   accounting (risk counts, drawdown histograms, attribution), which `summarize` later turns into
 *   quantiles and figures.
 *
 * The model reads no clock of its own: the caller passes one (e.g. `() => performance.now()`),
 * read three times per month-step and branch group (~3,600 reads for 10,000 × 120).
 */
export interface KernelTiming {
  clock: () => number;
  draws: number;
  dynamics: number;
  accumulation: number;
}

/** A timing record starting at zero. */
export function kernelTiming(clock: () => number): KernelTiming {
  return { clock, draws: 0, dynamics: 0, accumulation: 0 };
}
