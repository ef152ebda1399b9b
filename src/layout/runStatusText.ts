import type { RunEstimate } from '../pool/runEstimate.ts';

const count = (n: number) => Math.round(n).toLocaleString('en-US');

/** A duration for a reader: "about 45 s", "about 4 min". */
export function formatDuration(seconds: number): string {
  if (seconds < 90) return `about ${Math.max(1, Math.round(seconds))} s`;
  if (seconds < 5400) return `about ${Math.round(seconds / 60)} min`;
  return `about ${Math.round(seconds / 3600)} h`;
}

/** A memory size for a reader: "about 450 MB", "about 1.8 GB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1e9) return `about ${Math.max(1, Math.round(bytes / 1e6))} MB`;
  return `about ${(bytes / 1e9).toFixed(1)} GB`;
}

/** The question asked before a run over budget, with its estimate. */
export function estimateText(estimate: RunEstimate): string {
  return (
    `The full run (${count(estimate.paths)} paths × ${estimate.months} months) would take ` +
    `${formatDuration(estimate.seconds)} on this device and hold ${formatBytes(estimate.bytes)} of memory.`
  );
}

/** What the charts show after a cancel: the paths simulated and whether the charts hold a partial result. */
export function cancelledText(done: number, total: number, shownPaths: number | null): string {
  const stopped = `Cancelled after ${count(done)} of ${count(total)} paths.`;
  return shownPaths === null
    ? `${stopped} No result is shown.`
    : `${stopped} The charts show a partial result: the quick preview of ${count(shownPaths)} paths.`;
}
