import { postHeight } from './postHeight.ts';

/**
 * Posts the document height down to the bottom of `element` (the element wrapping the whole embed)
 * to the host page now and whenever it changes (a ResizeObserver), skipping repeats; returns a
 * function that stops it. Call it once in embed mode.
 */
export function reportHeight(element: Element, id?: string): () => void {
  let last = -1;
  const report = () => {
    // The bottom edge in document coordinates counts whatever sits above the element too.
    const height = Math.ceil(element.getBoundingClientRect().bottom + window.scrollY);
    if (height === last) return;
    last = height;
    postHeight(height, id);
  };
  const observer = new ResizeObserver(report);
  observer.observe(element);
  report();
  return () => observer.disconnect();
}
