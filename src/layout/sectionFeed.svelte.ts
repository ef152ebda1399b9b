import { untrack } from 'svelte';
import { requestFrameTurn } from '../charts/requestFrameTurn.ts';
import { watchNearViewport } from '../lessons/whenNearViewport.ts';

/** How close to the viewport a section counts as on screen (so one scrolled in is already drawn). */
const ON_SCREEN_MARGIN = '100px';

/**
 * What one results section draws: the newest result while it is on screen; off screen, the newest
 * in an animation frame of its own (see requestFrameTurn), and nothing new while the reader drags
 * a control. A drag then redraws only the charts a reader can see (each preview redrew the whole
 * page: style, layout and paint of every chart); a section catches up as soon as it comes near
 * the screen, and when the drag ends.
 */
export class SectionFeed<T> {
  /** True while the section is on (or near) the screen; true until first observed. */
  onScreen = $state(true);
  #shown = $state.raw<T>() as T;

  /**
   * `source` gives the newest value, `interacting` whether a drag is on. Call in a component's
   * script (it owns an effect).
   */
  constructor(source: () => T, interacting: () => boolean) {
    this.#shown = untrack(source);
    // An effect, not a $derived: an off-screen catch-up waits for an animation frame.
    $effect.pre(() => {
      const next = source();
      if (next === this.#shown) return;
      if (this.onScreen) {
        this.#shown = next;
        return;
      }
      if (interacting()) return;
      return requestFrameTurn(() => (this.#shown = next));
    });
  }

  /** The value the section draws. */
  get current(): T {
    return this.#shown;
  }

  /** An attachment for the section's element: follows whether it is on screen. */
  watch = (element: Element): (() => void) => watchNearViewport(element, (near) => (this.onScreen = near), ON_SCREEN_MARGIN);
}
