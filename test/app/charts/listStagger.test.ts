import { describe, expect, it } from 'vitest';
import { ListStagger } from '../../../src/charts/listStagger.ts';

/** A list stagger over frames the test advances by hand, recording each list it publishes. */
function setup(initial: string[]) {
  let newest: readonly string[] = initial;
  const frames: (() => void)[] = [];
  const published: (readonly string[])[] = [];
  const stagger = new ListStagger<string>(
    initial,
    (list) => published.push(list),
    () => newest,
    (callback) => {
      frames.push(callback);
      return () => {
        const index = frames.indexOf(callback);
        if (index >= 0) frames.splice(index, 1);
      };
    },
  );
  return {
    stagger,
    published,
    push(next: string[], spread: boolean) {
      newest = next;
      stagger.update(next, spread);
    },
    /** Runs one waiting frame turn, first come first served; false when none waits. */
    frame(): boolean {
      const callback = frames.shift();
      callback?.();
      return callback !== undefined;
    },
    waiting: () => frames.length,
  };
}

describe('ListStagger', () => {
  it('shows a new list at once when not spread', () => {
    const s = setup(['a0', 'b0', 'c0']);
    s.push(['a1', 'b1', 'c1'], false);
    expect(s.stagger.shown).toEqual(['a1', 'b1', 'c1']);
    expect(s.waiting()).toBe(0);
  });

  it('spread: the first item follows at once and each other one in a frame of its own', () => {
    const s = setup(['a0', 'b0', 'c0']);
    s.push(['a1', 'b1', 'c1'], true);
    expect(s.stagger.shown).toEqual(['a1', 'b0', 'c0']);
    s.frame();
    expect(s.stagger.shown).toEqual(['a1', 'b1', 'c0']);
    s.frame();
    expect(s.stagger.shown).toEqual(['a1', 'b1', 'c1']);
    expect(s.frame()).toBe(false);
  });

  it('spread: an item takes the newest value when its turn comes, and waits in one turn however many lists arrive', () => {
    const s = setup(['a0', 'b0', 'c0']);
    s.push(['a1', 'b1', 'c1'], true);
    s.push(['a2', 'b2', 'c2'], true);
    expect(s.stagger.shown).toEqual(['a2', 'b0', 'c0']);
    expect(s.waiting()).toBe(2);
    s.frame();
    s.frame();
    expect(s.stagger.shown).toEqual(['a2', 'b2', 'c2']);
  });

  it('an item not redrawn keeps its object', () => {
    const s = setup(['a0', 'b0']);
    const before = s.stagger.shown;
    s.push(['a1', 'b1'], true);
    expect(s.stagger.shown[1]).toBe(before[1]);
  });

  it('the end of the spreading (a drag let go) shows the newest list at once and withdraws the waiting turns', () => {
    const s = setup(['a0', 'b0', 'c0']);
    s.push(['a1', 'b1', 'c1'], true);
    const full = ['a2', 'b2', 'c2'];
    s.push(full, false);
    expect(s.stagger.shown).toBe(full);
    expect(s.waiting()).toBe(0);
  });

  it('a list of another length is shown at once', () => {
    const s = setup(['a0', 'b0']);
    s.push(['a1', 'b1', 'c1'], true);
    expect(s.stagger.shown).toEqual(['a1', 'b1', 'c1']);
    expect(s.waiting()).toBe(0);
  });

  it('publishes every list it shows, and nothing for the same list again', () => {
    const s = setup(['a0', 'b0']);
    const next = ['a1', 'b1'];
    s.push(next, false);
    s.push(next, true);
    expect(s.published).toEqual([next]);
  });

  it('dispose withdraws the waiting turns', () => {
    const s = setup(['a0', 'b0', 'c0']);
    s.push(['a1', 'b1', 'c1'], true);
    s.stagger.dispose();
    expect(s.waiting()).toBe(0);
    expect(s.stagger.shown).toEqual(['a1', 'b0', 'c0']);
  });
});
