import { formatRate } from './decisionText.ts';
import type { RatePoint } from './policyPath.ts';

/** The step line in words, for the chart's accessible name: start, each change, and the end. */
export function describePolicyPath(points: readonly RatePoint[], maxChanges = 8): string {
  if (points.length === 0) return 'No policy path.';
  const [start, ...rest] = points;
  const changes = rest.filter((p, i) => p.rate !== (i === 0 ? start.rate : rest[i - 1].rate));
  const end = points[points.length - 1];
  const parts = [`Announced policy rate ${formatRate(start.rate)} at the start`];
  for (const p of changes.slice(0, maxChanges)) parts.push(`${formatRate(p.rate)} from month ${p.month}`);
  if (changes.length > maxChanges) parts.push(`${changes.length - maxChanges} more changes`);
  parts.push(changes.length === 0 ? `held through month ${end.month}` : `${formatRate(end.rate)} at month ${end.month}`);
  return `${parts.join('; ')}.`;
}
