import { mountHold } from './mountHold.svelte.ts';
import { requestFrameTurn } from './requestFrameTurn.ts';

/**
 * A count that grows by one per frame turn (see requestFrameTurn) up to `total`: render the first
 * `count` of a list of heavy children so their first mount is spread over frames instead of one
 * long task. Start at 0 to defer even the first child to a frame of its own.
 *
 * While `paused()` is true, or the page holds its mounts (a drag, see mountHold), the count holds:
 * the children still to come mount when it ends, not in the frames the drag needs.
 */
export class StaggeredCount {
  count = $state(1);

  constructor(total: number, start = 1, paused: () => boolean = () => false, turn = requestFrameTurn) {
    this.count = start;
    $effect(() => {
      if (this.count >= total || paused() || mountHold.active) return;
      return turn(() => this.count++);
    });
  }
}
