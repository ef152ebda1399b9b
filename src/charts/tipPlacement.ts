/** A box in page pixels (the fields of a DOMRect that placement reads). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a tooltip goes, relative to its default spot (left-aligned with its word, just below it). */
export interface TipPlacement {
  /** True to open above the word. */
  above: boolean;
  /** Horizontal shift in pixels (≤ 0: the tip only moves left, never past the card's left edge). */
  shift: number;
}

/**
 * Places a word's tooltip inside the card that holds it (a card clips what overflows it, see the
 * charts column's containment): below the word when it fits there, else above when that fits, else
 * on the roomier side; shifted left as far as needed to end inside the card, never past its left
 * edge. `tip` is the tooltip's size, `gap` the space between word and tip.
 */
export function tipPlacement(word: Box, tip: { width: number; height: number }, card: Box, gap: number): TipPlacement {
  const roomBelow = card.bottom - (word.bottom + gap);
  const roomAbove = word.top - gap - card.top;
  const above = tip.height > roomBelow && (tip.height <= roomAbove || roomAbove > roomBelow);
  const overflowRight = word.left + tip.width - card.right;
  const room = Math.max(0, word.left - card.left);
  const shift = overflowRight > 0 && room > 0 ? -Math.min(overflowRight, room) : 0;
  return { above, shift };
}
