/** The global class that lets the browser skip a chart while it is off screen (see styles/global.css). */
export const SKIP_CLASS = 'offscreen-skip';

/**
 * An attachment for a chart (or table) of the results: once it has been laid out and drawn, the
 * browser may skip its style, layout and paint whenever it is off screen (content-visibility:
 * auto), so a frame of a drag renders only the charts in view. Not from its mount: a chart skipped
 * before its first layout would never learn its width and stay blank (and export blank) until the
 * reader scrolled to it. Skipped, a chart keeps its drawing and its size (the one measured here,
 * then the last one drawn); updates made meanwhile are laid out when it comes near the screen.
 */
export function skipOnceDrawn(element: HTMLElement): () => void {
  if (typeof ResizeObserver === 'undefined' || typeof requestAnimationFrame === 'undefined') return () => {};
  let frame = 0;
  const observer = new ResizeObserver((entries) => {
    const box = entries.at(-1)?.contentRect;
    if (!box || box.width === 0 || box.height === 0) return;
    observer.disconnect();
    // Its charts heard of their size in this same round of observations and draw in this frame;
    // from the next one on the element may be skipped, holding the size it has now.
    frame = requestAnimationFrame(() => {
      element.style.containIntrinsicSize = `auto ${box.width}px auto ${box.height}px`;
      element.classList.add(SKIP_CLASS);
    });
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    // No longer drawn (its pane was hidden, so it measured 0 wide): it must not stay skipped, or,
    // shown again off screen, it would never be laid out to learn its width and draw (and would be
    // missing from the Export menu) until the reader scrolled to it.
    element.classList.remove(SKIP_CLASS);
    element.style.containIntrinsicSize = '';
  };
}
