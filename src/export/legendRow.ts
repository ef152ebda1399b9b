import type { LegendItem } from './legendItem.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Width of an entry's mark and the gap after it, px. */
const MARK_WIDTH = 22;
const MARK_GAP = 5;
/** Space between two entries, px. */
const ENTRY_GAP = 14;

/** The width an entry takes at `size` px, estimated from its characters (SVG text does not measure itself in a file). */
export function legendEntryWidth(item: LegendItem, size: number, glyphWidth: number): number {
  return MARK_WIDTH + MARK_GAP + Math.ceil(item.label.length * size * glyphWidth);
}

/** Splits entries into rows no wider than `width`. */
export function legendRows(items: readonly LegendItem[], width: number, size: number, glyphWidth: number): LegendItem[][] {
  const rows: LegendItem[][] = [];
  let row: LegendItem[] = [];
  let used = 0;
  for (const item of items) {
    const w = legendEntryWidth(item, size, glyphWidth);
    if (row.length > 0 && used + ENTRY_GAP + w > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    used += (row.length > 0 ? ENTRY_GAP : 0) + w;
    row.push(item);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function element(name: string, attributes: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

/** The mark of one entry, drawn in a MARK_WIDTH × size box whose vertical middle is `y`. */
function mark(item: LegendItem, x: number, y: number, size: number): SVGElement {
  const h = size * 0.8;
  const line = (extra: Record<string, string | number>) =>
    element('line', { x1: x, x2: x + MARK_WIDTH, y1: y, y2: y, stroke: item.color, 'stroke-linecap': 'round', ...extra });
  switch (item.mark) {
    case 'band':
      return element('rect', { x, y: y - h / 2, width: MARK_WIDTH, height: h, rx: 2, fill: item.color, 'fill-opacity': item.opacity ?? 1 });
    case 'outlined':
      return element('rect', {
        x,
        y: y - h / 2,
        width: MARK_WIDTH,
        height: h,
        fill: item.color,
        'fill-opacity': item.opacity ?? 0.45,
        stroke: item.color,
        'stroke-dasharray': '2 2',
      });
    case 'line':
      return line({ 'stroke-width': 2.5 });
    case 'dash':
      return line({ 'stroke-width': 1.5, 'stroke-dasharray': '5 4', 'stroke-linecap': 'butt' });
    case 'dots':
      return line({ 'stroke-width': 3.5, 'stroke-dasharray': '0.1 6' });
    case 'longdash':
      return line({ 'stroke-width': 1.8, 'stroke-dasharray': '8 4', 'stroke-linecap': 'butt' });
    case 'triangle':
      // Points down, as the meeting marks on the time axis do.
      return element('path', { d: `M${x + MARK_WIDTH / 2},${y + 4} l-4,-7 h8 z`, fill: item.color });
    case 'diamond':
      return element('path', { d: `M${x + MARK_WIDTH / 2},${y - 6} l6,6 l-6,6 l-6,-6 z`, fill: item.color });
  }
}

/** A `<g class="legend">` of one row of entries starting at (x, y), y being the text baseline. */
export function legendRow(
  items: readonly LegendItem[],
  x: number,
  y: number,
  text: { size: number; font: string; fill: string; glyphWidth: number },
): SVGElement {
  const group = element('g', { class: 'legend' });
  let at = x;
  for (const item of items) {
    group.append(mark(item, at, y - text.size * 0.35, text.size));
    const label = element('text', { x: at + MARK_WIDTH + MARK_GAP, y, fill: text.fill, 'font-family': text.font, 'font-size': text.size });
    label.textContent = item.label;
    group.append(label);
    at += legendEntryWidth(item, text.size, text.glyphWidth) + ENTRY_GAP;
  }
  return group;
}
