import type { LegendItem } from '../export/index.ts';
import { chartLegend } from './chartLegend.ts';

/** A chart on the page that can be saved as an image. */
export interface PageChart {
  /** Title printed above the exported image, e.g. "Russell 2000 · index points". */
  title: string;
  /** Short name for the menu and the file name, e.g. "Russell 2000". */
  name: string;
  svg: SVGSVGElement;
  /** How to read it, printed in the image. */
  legend: LegendItem[];
}

/**
 * The charts drawn under `root`: every `<figure>` with a drawn `<svg>` (fans, rates, histograms; the
 * caption gives the title) and every attribution panel (`section[aria-label^="Why: "]`), in page order.
 */
export function findCharts(root: ParentNode): PageChart[] {
  const charts: PageChart[] = [];
  const seen = new Set<string>();
  for (const element of root.querySelectorAll<HTMLElement>('figure, section[aria-label^="Why: "]')) {
    const svg = largestSvg(element);
    if (!svg) continue;
    const found = element.localName === 'figure' ? figureTitle(element) : whyTitle(element);
    if (!found) continue;
    // A name already taken (the fan and the histogram of one asset) is told apart by its section's heading, then a number.
    const heading = clean(element.closest('section')?.querySelector('h2')?.textContent);
    let suffix = '';
    if (seen.has(found.name) && heading) suffix = ` (${heading})`;
    for (let n = 2; seen.has(found.name + suffix); n++) suffix = ` (${n})`;
    seen.add(found.name + suffix);
    charts.push({ name: found.name + suffix, title: found.title + suffix, svg, legend: chartLegend(element, svg) });
  }
  return charts;
}

/** The figure's main drawing: the largest svg that is not an icon. */
function largestSvg(element: Element): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of element.querySelectorAll('svg')) {
    if (svg.closest('[aria-hidden="true"]') || svg.ownerSVGElement) continue;
    const box = svg.getBoundingClientRect();
    const area = box.width * box.height;
    if (area > bestArea) {
      best = svg;
      bestArea = area;
    }
  }
  return best;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function figureTitle(figure: Element): { name: string; title: string } | null {
  const caption = figure.querySelector('figcaption');
  if (!caption) return null;
  const name = clean(caption.querySelector('.title')?.textContent) || clean(caption.textContent);
  const subtitle = clean(caption.querySelector('.subtitle')?.textContent);
  return name ? { name, title: subtitle ? `${name} · ${subtitle}` : name } : null;
}

function whyTitle(section: Element): { name: string; title: string } | null {
  const name = clean(section.getAttribute('aria-label'));
  const heading = clean(section.querySelector('h3')?.textContent);
  return name ? { name, title: heading ? `Why: ${heading}` : name } : null;
}
