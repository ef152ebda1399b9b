import { inlineComputedStyles } from './inlineComputedStyles.ts';
import { wrapText } from './wrapText.ts';

/** What is printed around an exported chart. */
export interface ChartMeta {
  /** Title line above the chart, e.g. "Russell 2000: 24-month fan". */
  title: string;
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
const LINE_HEIGHT = 1.35;
/** Average glyph width of a sans-serif face as a share of its size, to wrap lines without measuring. */
const GLYPH_WIDTH = 0.55;
const FALLBACK_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/**
 * A self-contained SVG file of a chart on the page: the chart cloned with its computed styles
 * inlined, a title above, and the scenario description and source line below, on the page's
 * background colour.
 */
export function svgToStandalone(svg: SVGSVGElement, meta: ChartMeta): string {
  const box = svg.getBoundingClientRect();
  const chartWidth = Math.round(box.width) || svg.width.baseVal.value || 640;
  const chartHeight = Math.round(box.height) || svg.height.baseVal.value || 400;
  const width = chartWidth + 2 * PADDING;
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

  let y = PADDING + TITLE_SIZE;
  root.append(textLine(meta.title, PADDING, y, { size: TITLE_SIZE, weight: '600', font, fill: ink }));
  y += TITLE_SIZE * 0.6;

  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(svg, chart);
  chart.setAttribute('x', String(PADDING));
  chart.setAttribute('y', String(y));
  chart.setAttribute('width', String(chartWidth));
  chart.setAttribute('height', String(chartHeight));
  root.append(chart);
  y += chartHeight;

  const maxChars = (size: number) => Math.max(20, Math.floor(chartWidth / (size * GLYPH_WIDTH)));
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

/** The first opaque background colour from the chart up through its ancestors, else white. */
function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor;
    if (color && color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color)) return color;
  }
  return '#ffffff';
}
