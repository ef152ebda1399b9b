import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';

/** Inner margins of a chart, px. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The x scale of a fan: month 0…months onto the plot's width. */
export function monthScale(months: number, width: number, margins: Margins): ScaleContinuousNumeric<number, number> {
  return scaleLinear()
    .domain([0, months])
    .range([margins.left, Math.max(margins.left + 1, width - margins.right)]);
}

/** The y scale of a fan: linear or log (log needs a positive domain), padded and niced. */
export function valueScale(
  domain: [number, number],
  height: number,
  margins: Margins,
  log = false,
): ScaleContinuousNumeric<number, number> {
  const range = [height - margins.bottom, margins.top];
  let [lo, hi] = domain;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (log && lo > 0) {
    // No nice(): on a log scale it rounds out to whole decades and squashes narrow fans.
    return scaleLog().domain([lo / 1.05, hi * 1.05]).range(range);
  }
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.05;
  return scaleLinear().domain([lo - pad, hi + pad]).range(range).nice();
}
