/** A 2D context kept for measuring text (null outside a browser). */
let context: CanvasRenderingContext2D | null | undefined;
let family = 'sans-serif';

/**
 * The width in px of `text` set in the page's font at `sizePx` (bold when `weight` is 700), measured
 * on a canvas; outside a browser an estimate that errs wide (0.65 em a character).
 */
export function textWidth(text: string, sizePx: number, weight = 400): number {
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (context) family = getComputedStyle(document.body).fontFamily || family;
  }
  if (!context) return text.length * sizePx * 0.65;
  context.font = `${weight} ${sizePx}px ${family}`;
  return context.measureText(text).width;
}
