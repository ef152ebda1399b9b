import type { StepPoint } from './fanPaths.ts';

/**
 * Where a label of `width` px goes on a step line (drawn step-after through `points`): above the
 * first flat stretch long enough to hold it with `pad` px each side, so no later step of the line
 * runs through it; else above the longest stretch. Returns the label's left x and the stretch's value.
 */
export function stepLabelSpot(points: readonly StepPoint[], x: (month: number) => number, width: number, pad = 4): { x: number; value: number } {
  let longest = { x: x(points[0]?.month ?? 0) + pad, value: points[0]?.value ?? 0, length: -Infinity };
  for (let i = 0; i + 1 < points.length; ) {
    // A stretch runs on through points that keep its value (meetings that hold the rate).
    let end = i + 1;
    while (end + 1 < points.length && points[end]!.value === points[i]!.value) end++;
    const [from, to] = [x(points[i]!.month), x(points[end]!.month)];
    const spot = { x: from + pad, value: points[i]!.value, length: to - from };
    if (spot.length >= width + 2 * pad) return { x: spot.x, value: spot.value };
    if (spot.length > longest.length) longest = spot;
    i = end;
  }
  return { x: longest.x, value: longest.value };
}
