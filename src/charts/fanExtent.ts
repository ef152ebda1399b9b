import type { Fan } from '../model/index.ts';

/** The [min, max] of a fan's outer band (p5 to p95) and its mean, over every month. */
export function fanExtent(fan: Fan): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const key of ['p5', 'p95', 'mean'] as const) {
    for (const v of fan[key]) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return [lo, hi];
}

/** The union of several extents, extended to include `extra` values (e.g. a realized outcome). */
export function unionExtent(extents: readonly [number, number][], extra: readonly number[] = []): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const [a, b] of extents) {
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  for (const v of extra) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return [lo, hi];
}
