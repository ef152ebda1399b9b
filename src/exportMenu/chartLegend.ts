import type { LegendItem } from '../export/index.ts';
import { FAN_BANDS } from '../charts/fanBands.ts';

/** A computed paint of the first element matching `selector`, or `fallback`. */
function paint(root: Element, selector: string, property: 'fill' | 'stroke', fallback: string): string {
  const element = root.querySelector(selector);
  const value = element ? getComputedStyle(element).getPropertyValue(property) : '';
  return value && value !== 'none' ? value : fallback;
}

/**
 * The legend of a chart on the page, read from what it draws: a fan's bands, median, mean, FOMC
 * marks and any announced path, pinned A or realized outcome; a histogram's gains and losses; the
 * attribution's adding and subtracting bars. Colours are resolved, so the file needs no stylesheet.
 */
export function chartLegend(element: Element, svg: SVGSVGElement): LegendItem[] {
  const ink = getComputedStyle(svg).color || '#1b1f24';
  const muted = paint(svg, '.meeting', 'fill', ink);
  if (element.matches('figure.fan') || svg.querySelector('path[stroke-width="2.5"]')) {
    const color = paint(svg, 'path[stroke-width="2.5"]', 'stroke', ink);
    const items: LegendItem[] = [
      ...FAN_BANDS.map((band) => ({ label: `${band.label} of paths`, mark: 'band' as const, color, opacity: Math.min(1, band.opacity * 2.2) })),
      { label: 'median', mark: 'line', color },
      { label: 'mean', mark: 'dash', color },
    ];
    if (svg.querySelector('.meeting')) items.push({ label: 'FOMC meeting', mark: 'triangle', color: muted });
    if (svg.querySelector('.announced')) items.push({ label: 'announced path', mark: 'line', color: paint(svg, '.announced', 'stroke', ink) });
    if (svg.querySelector('.compare')) {
      const a = paint(svg, '.compare-median', 'stroke', ink);
      items.push({ label: 'A: median (pinned)', mark: 'dots', color: a }, { label: 'A: 5–95% of paths', mark: 'longdash', color: a });
    }
    if (svg.querySelector('.realized')) items.push({ label: 'what happened', mark: 'diamond', color: paint(svg, '.realized path', 'fill', ink) });
    return items;
  }
  if (element.matches('figure.hist')) {
    const color = paint(svg, 'rect', 'fill', ink);
    const items: LegendItem[] = [
      { label: 'gains: share of paths', mark: 'band', color, opacity: 0.8 },
      { label: 'losses (faded)', mark: 'band', color, opacity: 0.35 },
    ];
    if (svg.querySelector('.zero')) items.push({ label: 'zero return', mark: 'dash', color: ink });
    return items;
  }
  if (element.matches('section[aria-label^="Why: "]')) {
    const color = paint(svg, 'rect', 'fill', ink);
    return [
      { label: 'adds to the return', mark: 'band', color, opacity: 0.85 },
      { label: 'pulls it down (faded, outlined)', mark: 'outlined', color, opacity: 0.45 },
    ];
  }
  // Any other chart: the legend it prints beside itself, if any, as text entries.
  return [...element.querySelectorAll('.legend li, [class*="legend"] li')]
    .map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((label) => label !== '')
    .map((label) => ({ label, mark: 'band' as const, color: muted, opacity: 0.6 }));
}
