/** Lowest decision the bar editor offers, bp. */
export const BAR_MIN = -100;
/** Highest decision the bar editor offers, bp. */
export const BAR_MAX = 100;
/** Granularity of the bar editor, bp. */
export const BAR_STEP = 25;

/** What a key does to a meeting bar: set its decision, or move focus to another meeting. */
export type BarKeyAction = { kind: 'set'; bp: number } | { kind: 'move'; index: number };

/** Rounds any bp value to the editor's 25 bp grid within −100…+100. */
export function snapDecision(bp: number): number {
  const snapped = Math.round(bp / BAR_STEP) * BAR_STEP;
  return Math.min(BAR_MAX, Math.max(BAR_MIN, snapped)) || 0;
}

/**
 * The action for a key on bar `index` of `count` whose decision is `bp`: ArrowUp/Down ±25 bp,
 * PageUp/Down ±50 bp, Home/End the largest cut/hike, 0/Delete/Backspace hold, ArrowLeft/Right the
 * previous/next meeting. Null for other keys, so the browser keeps them.
 */
export function barKeyAction(key: string, bp: number, index: number, count: number): BarKeyAction | null {
  const set = (value: number): BarKeyAction => ({ kind: 'set', bp: snapDecision(value) });
  // Off-grid values (a realized −11 bp month in a replay) go to the next grid value that way.
  const below = Math.ceil(bp / BAR_STEP) * BAR_STEP;
  const above = Math.floor(bp / BAR_STEP) * BAR_STEP;
  switch (key) {
    case 'ArrowUp': return set(above + BAR_STEP);
    case 'ArrowDown': return set(below - BAR_STEP);
    case 'PageUp': return set(above + 2 * BAR_STEP);
    case 'PageDown': return set(below - 2 * BAR_STEP);
    case 'Home': return set(BAR_MIN);
    case 'End': return set(BAR_MAX);
    case '0': case 'Delete': case 'Backspace': return set(0);
    case 'ArrowLeft': return { kind: 'move', index: Math.max(0, index - 1) };
    case 'ArrowRight': return { kind: 'move', index: Math.min(count - 1, index + 1) };
    default: return null;
  }
}
