/**
 * Runs `callback` when the browser is idle, and within `timeout` ms at the latest; where there is no
 * requestIdleCallback (Safari), after a short delay. Returns a function that withdraws it.
 */
export function whenIdle(callback: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, Math.min(timeout, 200));
  return () => clearTimeout(id);
}
