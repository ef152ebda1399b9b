/**
 * A count that grows by one per animation frame up to `total`: render the first `count` of a list
 * of heavy children so their first mount is spread over frames instead of one long task.
 */
export class StaggeredCount {
  count = $state(1);

  constructor(total: number) {
    $effect(() => {
      if (this.count >= total) return;
      const frame = requestAnimationFrame(() => this.count++);
      return () => cancelAnimationFrame(frame);
    });
  }
}
