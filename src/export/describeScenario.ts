import type { Scenario } from '../model/scenario.ts';
import { describePolicy } from './describePolicy.ts';
import { formatCount } from './formatCount.ts';

/**
 * A one-line description of a scenario, e.g. "Two cuts: −25 bp Mar 2026, −25 bp Jun 2026 ·
 * inflation target 2% · 24 months · 10,000 paths · seed 20251211"; a mixture lists its branches
 * by name and weight instead of one policy path. `withSeed: false` leaves the seed to a source line.
 */
export function describeScenario(scenario: Scenario, withSeed = true): string {
  const parts: string[] = [];
  const [only] = scenario.branches;
  if (scenario.branches.length === 1 && only) {
    parts.push(describePolicy(only.policy.decisions), `inflation target ${only.inflation.target}%`);
  } else {
    const branches = scenario.branches.map((b) => `${b.name.replace(/\s+/g, ' ').trim()} ${Math.round(b.weight * 100)}%`);
    parts.push(`Mixture: ${branches.join(', ')}`);
  }
  if (scenario.returnMode === 'total') parts.push('total return');
  parts.push(`${scenario.months} months`, `${formatCount(scenario.paths)} paths`);
  if (withSeed) parts.push(`seed ${scenario.seed}`);
  return parts.join(' · ');
}
