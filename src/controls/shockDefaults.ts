import type { InflationShock, YieldShock } from '../model/scenario.ts';

/** A new inflation shock as the "add" button creates it: +0.5 pp from month 1 for 12 months. */
export function newInflationShock(): InflationShock {
  return { size: 0.5, start: 1, duration: 12 };
}

/** A new yield shock as the "add" button creates it: +25 bp from month 1, permanent. */
export function newYieldShock(): YieldShock {
  return { size: 25, start: 1, permanent: true, halfLife: 12 };
}

/** "+0.5 pp" / "−25 bp": a signed size with its unit. */
export function signedSize(size: number, unit: string): string {
  const magnitude = String(Number(Math.abs(size).toFixed(3)));
  return `${size < 0 ? '−' : '+'}${magnitude} ${unit}`;
}

/** One line about an inflation shock: "+0.5 pp, months 1–12". */
export function describeInflationShock(shock: InflationShock): string {
  return `${signedSize(shock.size, 'pp')}, months ${shock.start}–${shock.start + shock.duration - 1}`;
}

/** One line about a yield shock: "+25 bp from month 1, permanent" or "…, fading (half-life 12 months)". */
export function describeYieldShock(shock: YieldShock): string {
  const shape = shock.permanent ? 'permanent' : `fading (half-life ${shock.halfLife} months)`;
  return `${signedSize(shock.size, 'bp')} from month ${shock.start}, ${shape}`;
}
