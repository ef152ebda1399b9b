import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { StaggeredCount } from '../../../src/charts/staggeredCount.svelte.ts';
import { mountHold } from '../../../src/charts/mountHold.svelte.ts';

/** A staggered count over frame turns the test runs by hand, with a pause switch. */
function setup(total: number, start: number) {
  const turns: (() => void)[] = [];
  const pause = $state({ on: false });
  let count!: StaggeredCount;
  const stop = $effect.root(() => {
    count = new StaggeredCount(total, start, () => pause.on, (callback) => {
      turns.push(callback);
      return () => {
        const index = turns.indexOf(callback);
        if (index >= 0) turns.splice(index, 1);
      };
    });
  });
  flushSync();
  return {
    count,
    stop,
    pause(on: boolean) {
      pause.on = on;
      flushSync();
    },
    /** Runs the waiting frame turn, if any; false when none waits. */
    frame(): boolean {
      const callback = turns.shift();
      callback?.();
      flushSync();
      return callback !== undefined;
    },
  };
}

describe('StaggeredCount', () => {
  it('grows by one per frame turn up to its total, then asks for no more turns', () => {
    const s = setup(3, 0);
    const seen = [s.count.count];
    while (s.frame()) seen.push(s.count.count);
    expect(seen).toEqual([0, 1, 2, 3]);
    s.stop();
  });

  it('holds while paused (no turn waits), and goes on from where it was when the pause ends', () => {
    const s = setup(4, 1);
    s.frame();
    expect(s.count.count).toBe(2);
    s.pause(true);
    expect(s.frame()).toBe(false);
    expect(s.count.count).toBe(2);
    s.pause(false);
    while (s.frame());
    expect(s.count.count).toBe(4);
    s.stop();
  });

  it('holds while the page holds its mounts (a drag anywhere), without being told by its owner', () => {
    const s = setup(3, 0);
    s.frame();
    expect(s.count.count).toBe(1);
    mountHold.active = true;
    flushSync();
    expect(s.frame()).toBe(false);
    expect(s.count.count).toBe(1);
    mountHold.active = false;
    flushSync();
    while (s.frame());
    expect(s.count.count).toBe(3);
    s.stop();
  });
});
