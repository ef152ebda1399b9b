/**
 * The value ranges charts have shown while their axes are locked: each chart's range only widens,
 * so flipping between two stories keeps one scale and the fans can be compared by eye. Plain (not
 * reactive) on purpose: it is read and widened while a chart's domain is derived, never drawn itself.
 */
export class AxisLock {
  #seen = new Map<string, [number, number]>();

  /** The union of what chart `key` has shown since the lock and `extent`, which it then remembers. */
  widen(key: string, extent: [number, number]): [number, number] {
    const previous = this.#seen.get(key);
    const next: [number, number] = previous
      ? [Math.min(previous[0], extent[0]), Math.max(previous[1], extent[1])]
      : [extent[0], extent[1]];
    this.#seen.set(key, next);
    return next;
  }

  /** Forgets every range (the lock was released). */
  clear(): void {
    this.#seen.clear();
  }
}
