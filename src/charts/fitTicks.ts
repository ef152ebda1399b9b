import type { ScaleLinear } from 'd3';

/** A tick label's box along the axis: its anchor position and width, in px. */
interface LabelBox {
  x: number;
  width: number;
  anchor: 'start' | 'middle' | 'end';
}

/** The left and right edge of a label set at `box.x` with its anchor. */
function edges(box: LabelBox): [number, number] {
  if (box.anchor === 'start') return [box.x, box.x + box.width];
  if (box.anchor === 'end') return [box.x - box.width, box.x];
  return [box.x - box.width / 2, box.x + box.width / 2];
}

/** True when no two neighbouring labels (in axis order) come closer than `gap` px. */
export function labelsFit(boxes: readonly LabelBox[], gap: number): boolean {
  for (let i = 1; i < boxes.length; i++) {
    if (edges(boxes[i - 1]!)[1] + gap > edges(boxes[i]!)[0]) return false;
  }
  return true;
}

/**
 * The ticks of `x` for at most `maxCount` (d3's count), as many as fit: the densest set whose labels,
 * centred on their ticks, leave `gap` px between neighbours. `labels` formats a whole set (its
 * decimals may depend on the step); `measure` gives a label's width in px. A narrow plot thus reads
 * "0, +1" rather than "−0.50.0+0.5+1.0+1.5". With no set that fits, the sparsest one.
 */
export function fitTicks(
  x: ScaleLinear<number, number>,
  maxCount: number,
  labels: (ticks: number[]) => string[],
  measure: (label: string) => number,
  gap = 6,
): number[] {
  let last: number[] = [];
  for (let count = Math.max(1, Math.floor(maxCount)); count >= 1; count--) {
    const ticks = x.ticks(count);
    if (ticks.length === last.length && ticks.every((t, i) => t === last[i])) continue;
    last = ticks;
    const texts = labels(ticks);
    if (labelsFit(ticks.map((t, i) => ({ x: x(t), width: measure(texts[i]!), anchor: 'middle' as const })), gap)) return ticks;
  }
  return last;
}
