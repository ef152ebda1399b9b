/** The moments of a run the browser bench times: an input's run starts, its preview or full result is shown. */
export type RunMark = 'rl:request' | 'rl:preview' | 'rl:full';

/**
 * Records a User Timing mark for a run's generation (in `detail`), keeping only the newest mark of
 * each name so a long drag never grows the performance buffer; observers still see every one.
 */
export function markRun(name: RunMark, generation: number): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks(name);
  performance.mark(name, { detail: { generation } });
}
