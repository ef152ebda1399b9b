import { postHeight } from './postHeight.ts';

/**
 * Posts the element's height to the host page now and whenever it changes (a ResizeObserver),
 * skipping repeats; returns a function that stops it. Call it once in embed mode.
 */
export function reportHeight(element: Element, id?: string): () => void {
  let last = -1;
  const report = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    postHeight(height, id);
  };
  const observer = new ResizeObserver(report);
  observer.observe(element);
  report();
  return () => observer.disconnect();
}
