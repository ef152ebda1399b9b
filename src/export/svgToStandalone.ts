import { inlineComputedStyles } from './inlineComputedStyles.ts';
import type { LegendItem } from './legendItem.ts';
import { legendRow, legendRows } from './legendRow.ts';
import { wrapText } from './wrapText.ts';

/** What is printed around an exported chart. */
export interface ChartMeta {
  /** Title above the chart, e.g. "Russell 2000: 24-month fan"; wrapped, never cut. */
  title: string;
  /** How to read the chart (bands, lines, markers), drawn under the title. */
  legend?: readonly LegendItem[];
  /** One-line scenario description below the chart (see `describeScenario`). */
  description: string;
  /** Source line at the bottom (see `chartSourceLine`). */
  source: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PADDING = 16;
const TITLE_SIZE = 18;
const DESCRIPTION_SIZE = 13;
const SOURCE_SIZE = 11;
const LEGEND_SIZE = 12;
/** The narrowest text column of an image, px: a title of a few words fits on a line or two. */
const MIN_TEXT_WIDTH = 360;
const LINE_HEIGHT = 1.35;
/**
 * Average glyph width of a sans-serif face as a share of its size, to wrap lines without measuring;
 * generous (a bold title's capitals run wider), since a line wrapped early costs less than a cut one.
 */
const GLYPH_WIDTH = 0.6;
const FALLBACK_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/**
 * A self-contained SVG file of a chart on the page: the chart cloned with its computed styles
 * inlined (with any text that overflows its box, such as end labels), a wrapped title and the
 * legend above, and the scenario description and source line below, on the page's background colour.
 */
export function svgToStandalone(svg: SVGSVGElement, meta: ChartMeta): string {
  const box = svg.getBoundingClientRect();
  const boxWidth = Math.round(box.width) || svg.width.baseVal.value || 640;
  const boxHeight = Math.round(box.height) || svg.height.baseVal.value || 400;
  // Charts draw labels past their box (overflow: visible); the file widens its viewport to keep them.
  // A chart with a viewBox of its own keeps it (its units are not pixels).
  const ownViewBox = svg.getAttribute('viewBox');
  const content = ownViewBox ? { x: 0, y: 0, width: 0, height: 0 } : contentBox(svg);
  const left = Math.min(0, Math.floor(content.x));
  const top = Math.min(0, Math.floor(content.y));
  const chartWidth = Math.max(boxWidth, Math.ceil(content.x + content.width)) - left;
  const chartHeight = Math.max(boxHeight, Math.ceil(content.y + content.height)) - top;
  // A narrow chart (a histogram on a phone) still gets a text column wide enough for its title.
  const textWidth = Math.max(chartWidth, MIN_TEXT_WIDTH);
  const width = textWidth + 2 * PADDING;
  const rootStyle = getComputedStyle(svg);
  const font = rootStyle.fontFamily || FALLBACK_FONT;
  const ink = rootStyle.color || '#111';
  const background = backgroundOf(svg);

  const root = svgElement('svg', { version: '1.1', width, role: 'img' });
  const title = svgElement('title', {});
  title.textContent = meta.title;
  const desc = svgElement('desc', {});
  desc.textContent = `${meta.description} — ${meta.source}`;
  root.append(title, desc, svgElement('rect', { width: '100%', height: '100%', fill: background }));

  const maxChars = (size: number) => Math.max(8, Math.floor(textWidth / (size * GLYPH_WIDTH)));
  let y = PADDING;
  for (const [i, line] of wrapText(meta.title, maxChars(TITLE_SIZE)).entries()) {
    y += i === 0 ? TITLE_SIZE : TITLE_SIZE * LINE_HEIGHT;
    root.append(textLine(line, PADDING, y, { size: TITLE_SIZE, weight: '600', font, fill: ink }));
  }
  y += TITLE_SIZE * 0.4;
  const legendText = { size: LEGEND_SIZE, font, fill: ink, glyphWidth: GLYPH_WIDTH };
  for (const row of legendRows(meta.legend ?? [], textWidth, LEGEND_SIZE, GLYPH_WIDTH)) {
    y += LEGEND_SIZE * 1.6;
    root.append(legendRow(row, PADDING, y, legendText));
  }
  y += TITLE_SIZE * 0.6;

  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(svg, chart);
  chart.setAttribute('x', String(PADDING));
  chart.setAttribute('y', String(y));
  chart.setAttribute('width', String(chartWidth));
  chart.setAttribute('height', String(chartHeight));
  chart.setAttribute('viewBox', ownViewBox ?? `${left} ${top} ${chartWidth} ${chartHeight}`);
  chart.setAttribute('overflow', 'visible');
  root.append(chart);
  y += chartHeight;

  for (const line of wrapText(meta.description, maxChars(DESCRIPTION_SIZE))) {
    y += DESCRIPTION_SIZE * LINE_HEIGHT;
    root.append(textLine(line, PADDING, y, { size: DESCRIPTION_SIZE, weight: '400', font, fill: ink }));
  }
  for (const line of wrapText(meta.source, maxChars(SOURCE_SIZE))) {
    y += SOURCE_SIZE * LINE_HEIGHT;
    root.append(textLine(line, PADDING, y, { size: SOURCE_SIZE, weight: '400', font, fill: ink, opacity: '0.7' }));
  }
  const height = Math.ceil(y + PADDING);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

interface TextStyle {
  size: number;
  weight: string;
  font: string;
  fill: string;
  opacity?: string;
}

function textLine(text: string, x: number, y: number, style: TextStyle): SVGElement {
  const element = svgElement('text', {
    x,
    y: Math.round(y * 10) / 10,
    fill: style.fill,
    'font-family': style.font,
    'font-size': style.size,
    'font-weight': style.weight,
    ...(style.opacity ? { opacity: style.opacity } : {}),
  });
  element.textContent = text;
  return element;
}

/** The box of everything drawn in the chart, in its own user units; its own box when that cannot be measured. */
function contentBox(svg: SVGSVGElement): { x: number; y: number; width: number; height: number } {
  try {
    const b = svg.getBBox();
    if ([b.x, b.y, b.width, b.height].every(Number.isFinite)) return { x: b.x, y: b.y, width: b.width, height: b.height };
  } catch {
    // Not rendered (display: none): nothing overflows that can be measured.
  }
  return { x: 0, y: 0, width: 0, height: 0 };
}

/** The first opaque background colour from the chart up through its ancestors, else white. */
function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor;
    if (color && color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color)) return color;
  }
  return '#ffffff';
}
