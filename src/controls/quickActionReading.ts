import type { PolicyDecision } from '../model/scenario.ts';
import type { Meeting } from './meeting.ts';
import { paceMeetings, type Pace } from './pace.ts';

/** What the quick actions show for a Fed path: how many 25 bp cuts, at what pace, from which meeting, to which rate. */
export interface QuickActionReading {
  /** 25 bp cuts the path adds up to (net of hikes), 0–8. */
  cuts: number;
  /** The pace its moves follow, or null when they follow none of the quick paces. */
  pace: Pace | null;
  /** Index of the meeting of the first move (0 when the Fed holds). */
  from: number;
  /** The rate the path ends at, %. */
  terminal: number;
}

const MAX_CUTS = 8;

/**
 * The quick actions' fields read back from a path, so that after an edit they describe the path on
 * screen ("3 cuts, every other meeting, from Mar 18, to 2.88%") rather than what was last applied.
 */
export function quickActionReading(
  meetings: readonly Meeting[],
  decisions: readonly PolicyDecision[],
  startRate: number,
  /** The pace to keep when several fit (one cut fits them all). */
  preferred: Pace = 'every',
): QuickActionReading {
  const total = decisions.reduce((sum, d) => sum + d.bp, 0);
  const terminal = Math.round((startRate + total / 100) * 1000) / 1000;
  const cuts = Math.max(0, Math.min(MAX_CUTS, Math.round(-total / 25)));
  const moved = meetings.map((m, i) => ({ i, bp: decisions.find((d) => d.date === m.date)?.bp ?? 0 })).filter((m) => m.bp !== 0);
  if (moved.length === 0) return { cuts, pace: null, from: 0, terminal };
  const from = moved[0].i;
  const indices = moved.map((m) => m.i);
  // A pace fits when the moves are exactly its first meetings from `from` on.
  const fits = (pace: Pace) => {
    const scheduled = paceMeetings(meetings, pace, from).slice(0, indices.length);
    return scheduled.length === indices.length && scheduled.every((index, k) => index === indices[k]);
  };
  const pace = ([preferred, 'every', 'everyOther', 'quarterly'] as const).find(fits) ?? null;
  return { cuts, pace, from, terminal };
}
