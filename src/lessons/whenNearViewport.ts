/**
 * Calls `onnear` once, when `element` comes within `margin` of the viewport (at once where there
 * is no IntersectionObserver); returns a function that stops watching. Lets a view start its work
 * only when a reader scrolls toward it.
 */
export function whenNearViewport(element: Element, onnear: () => void, margin = '400px'): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    onnear();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        onnear();
      }
    },
    { rootMargin: margin },
  );
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * Calls `onchange(true)` whenever `element` comes within `margin` of the viewport and
 * `onchange(false)` when it leaves; returns a function that stops watching.
 */
export function watchNearViewport(element: Element, onchange: (near: boolean) => void, margin = '400px'): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    onchange(true);
    return () => {};
  }
  const observer = new IntersectionObserver((entries) => onchange(entries.some((entry) => entry.isIntersecting)), { rootMargin: margin });
  observer.observe(element);
  return () => observer.disconnect();
}
