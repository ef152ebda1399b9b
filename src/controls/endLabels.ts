/** A label placed at the end of a line. */
export interface EndLabel {
  id: string;
  text: string;
  /** Wanted position (the line's end), px. */
  y: number;
}

/**
 * End-of-line labels moved apart so none overlaps another: sorted by position, each pushed at
 * least `gap` px below the one above, then the stack shifted back up if it leaves `[top, bottom]`.
 */
export function endLabels(labels: readonly EndLabel[], gap: number, [top, bottom]: [number, number]): EndLabel[] {
  const placed = [...labels].sort((a, b) => a.y - b.y || a.id.localeCompare(b.id)).map((l) => ({ ...l }));
  for (let i = 0; i < placed.length; i++) {
    const floor = i === 0 ? top : placed[i - 1].y + gap;
    placed[i].y = Math.max(placed[i].y, floor);
  }
  const overflow = placed.length > 0 ? placed[placed.length - 1].y - bottom : 0;
  if (overflow > 0) for (const l of placed) l.y = Math.max(top, l.y - overflow);
  return placed;
}

/** Labels of lines that end at the same point (within half a pixel) become one, "You = Priced". */
export function mergeLabels(labels: readonly EndLabel[]): EndLabel[] {
  const merged: EndLabel[] = [];
  for (const l of labels) {
    const same = merged.find((m) => Math.abs(m.y - l.y) < 0.5);
    if (same) same.text = `${same.text} = ${l.text}`;
    else merged.push({ ...l });
  }
  return merged;
}
