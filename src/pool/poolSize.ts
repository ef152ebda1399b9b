/** Most workers the pool starts: beyond 4 the per-run merge and memory cost outweigh the gain. */
export const MAX_WORKERS = 4;

/**
 * Number of workers for `cores` logical cores (navigator.hardwareConcurrency): one core is left to
 * the page so charts keep drawing while a run goes on (on a loaded 2-core machine two workers made
 * the page's long tasks 1.5–4× longer for no steady gain), clamped to 1–4.
 */
export function poolSize(cores: number | undefined): number {
  if (!cores || !Number.isFinite(cores)) return 2;
  return Math.max(1, Math.min(MAX_WORKERS, Math.floor(cores) - 1));
}
