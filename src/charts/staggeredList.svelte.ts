import { untrack } from 'svelte';
import { ListStagger, type FrameTurn } from './listStagger.ts';
import { requestFrameTurn } from './requestFrameTurn.ts';

/**
 * The inputs of a row of charts, redrawn one chart per animation frame while `staggered()` holds
 * (a drag: each preview's redraw is spread over a few frames instead of one long task), all at
 * once otherwise (see ListStagger).
 */
export class StaggeredList<T> {
  #shown = $state.raw<readonly T[]>([]);

  /**
   * `source` gives the newest list, `staggered` whether to spread it over frames. Call in a
   * component's script (it owns effects).
   */
  constructor(source: () => readonly T[], staggered: () => boolean, turn: FrameTurn = requestFrameTurn) {
    const stagger = new ListStagger(
      untrack(source),
      (list) => (this.#shown = list),
      () => untrack(source),
      turn,
    );
    this.#shown = stagger.shown;
    $effect.pre(() => {
      const next = source();
      const spread = staggered();
      // Untracked: the effect follows the source and the switch, not the list it publishes.
      untrack(() => stagger.update(next, spread));
    });
    $effect(() => () => stagger.dispose());
  }

  /** The items the charts draw. */
  get current(): readonly T[] {
    return this.#shown;
  }
}
