import { DEFAULT_PRICED_DECISIONS, DEFAULT_SNAPSHOT_DATE, type PolicyDecision } from '../model/index.ts';
import { describeDecision, formatShortDate } from './decisionText.ts';

/** The priced path in words: "cut 25 bp on Mar 18, 2026 and cut 25 bp on Jun 17, 2026", or "no moves". */
export function describePricedPath(decisions: readonly PolicyDecision[]): string {
  const moves = [...decisions].filter((d) => d.bp !== 0).sort((a, b) => (a.date < b.date ? -1 : 1));
  if (moves.length === 0) return 'no moves';
  const parts = moves.map((d) => `${describeDecision(d.bp)} on ${formatShortDate(d.date)}`);
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The user's decisions after the snapshot, as a priced path ("the market already expects my path"). */
export function pricedFromPath(decisions: readonly PolicyDecision[], snapshotDate: string): PolicyDecision[] {
  return decisions.filter((d) => d.date > snapshotDate && d.bp !== 0).map((d) => ({ date: d.date, bp: d.bp }));
}

/** The priced path a snapshot date starts with: the recorded one for 2025-12-11, none for any other date. */
export function defaultPricedPath(snapshotDate: string): PolicyDecision[] {
  return snapshotDate === DEFAULT_SNAPSHOT_DATE ? DEFAULT_PRICED_DECISIONS.map((d) => ({ ...d })) : [];
}
