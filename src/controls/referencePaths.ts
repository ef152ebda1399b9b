import { monthDate } from '../model/monthDate.ts';
import type { PolicyDecision, Snapshot } from '../model/scenario.ts';
import type { Meeting } from './meeting.ts';
import { firstStepOnOrAfter, policyPath, type RatePoint } from './policyPath.ts';
import { policySteps } from './policySteps.ts';
import { sepAppliesOn, type SepMedian } from './sepMedian.ts';

/** The paths the editor draws beside the user's: what the market priced and the Fed's own median. */
export interface ReferencePaths {
  /** The user's announced path (step corners). */
  user: RatePoint[];
  /** The market's priced path at the snapshot (step corners), or null when the snapshot has none. */
  priced: RatePoint[] | null;
  /** The SEP median, or null when no SEP applies on the snapshot date. */
  sep: SepPath | null;
}

/** The SEP median placed on the month axis. */
export interface SepPath {
  /** The year-end dots inside the horizon (months fractional). */
  dots: (RatePoint & { year: number })[];
  /** The line through today's rate and every dot, cut at the horizon (interpolated to the next dot there). */
  line: RatePoint[];
  longerRun: number;
  released: string;
  source: string;
}

/** Months from `from` to `to` (ISO dates), fractional: whole calendar months plus days over an average month. */
export function monthsBetween(from: string, to: string): number {
  const [y0, m0, d0] = from.split('-').map(Number);
  const [y1, m1, d1] = to.split('-').map(Number);
  return (y1 - y0) * 12 + (m1 - m0) + (d1 - d0) / 30.44;
}

/** The step corners of a list of decisions from the snapshot's rate over the horizon. */
export function decisionPath(snapshot: Snapshot, meetings: readonly Meeting[], decisions: readonly PolicyDecision[], months: number): RatePoint[] {
  const monthOf = (date: string) => firstStepOnOrAfter(date, (m) => monthDate(snapshot.date, m), months);
  return policyPath(snapshot.policyRate, policySteps(meetings, decisions, monthOf), months);
}

/**
 * The user's path, the priced path (from `snapshot.pricedDecisions`; absent or empty means the
 * snapshot carries none, as for a history replay) and the SEP median when it applies on the snapshot.
 */
export function referencePaths(
  snapshot: Snapshot,
  meetings: readonly Meeting[],
  decisions: readonly PolicyDecision[],
  months: number,
  sep: SepMedian | null,
): ReferencePaths {
  const pricedDecisions: readonly PolicyDecision[] | undefined = (snapshot as Partial<Snapshot>).pricedDecisions;
  const priced = pricedDecisions && pricedDecisions.length > 0 ? decisionPath(snapshot, meetings, pricedDecisions, months) : null;
  let sepPath: SepPath | null = null;
  if (sep && sepAppliesOn(sep, snapshot.date)) {
    const all = [
      { month: 0, rate: snapshot.policyRate, year: 0 },
      ...sep.yearEnd.map((d) => ({ month: monthsBetween(snapshot.date, `${d.year}-12-31`), rate: d.rate, year: d.year })).filter((d) => d.month > 0),
    ];
    const dots = all.filter((d) => d.year > 0 && d.month <= months);
    const line: RatePoint[] = all.filter((d) => d.month <= months).map((d) => ({ month: d.month, rate: d.rate }));
    const next = all.find((d) => d.month > months);
    if (next) line.push({ month: months, rate: rateAlong(all, months) });
    if (dots.length > 0 || next) sepPath = { dots, line, longerRun: sep.longerRun, released: sep.released, source: sep.source };
  }
  return { user: decisionPath(snapshot, meetings, decisions, months), priced, sep: sepPath };
}

/** The rate a step path is at in `month` (the last corner at or before it). */
export function rateAt(points: readonly RatePoint[], month: number): number {
  let rate = points[0]?.rate ?? Number.NaN;
  for (const p of points) if (p.month <= month) rate = p.rate;
  return rate;
}

/** The rate a piecewise-linear path (the SEP's dots) is at in `month`; NaN outside its span. */
export function rateAlong(points: readonly RatePoint[], month: number): number {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (month >= a.month && month <= b.month) return a.rate + ((b.rate - a.rate) * (month - a.month)) / (b.month - a.month);
  }
  return Number.NaN;
}
