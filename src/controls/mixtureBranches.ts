import type { Branch } from '../model/index.ts';
import { SCENARIO_LIMITS } from '../model/index.ts';
import { normalizeWeights } from './normalizeWeights.ts';

/** The most branches a scenario may have (MODEL §2.8). */
export const MAX_BRANCHES = SCENARIO_LIMITS.maxBranches;

/**
 * The branches with `added` appended at an equal share (1/(n+1)); the others keep their proportions.
 * Returns the input unchanged when it already has MAX_BRANCHES.
 */
export function withBranchAdded(branches: readonly Branch[], added: Branch): Branch[] {
  if (branches.length >= MAX_BRANCHES) return [...branches];
  const n = branches.length + 1;
  const weights = normalizeWeights([...branches.map((b) => b.weight * (n - 1)), 1]);
  return [...branches, added].map((b, i) => ({ ...b, weight: weights[i] }));
}

/** The branches without `index`, the others rescaled to sum to 1; a lone branch is never removed. */
export function withBranchRemoved(branches: readonly Branch[], index: number): Branch[] {
  if (branches.length <= 1 || index < 0 || index >= branches.length) return [...branches];
  const kept = branches.filter((_, i) => i !== index);
  const weights = normalizeWeights(kept.map((b) => b.weight));
  return kept.map((b, i) => ({ ...b, weight: weights[i] }));
}

/** A branch name the validator accepts: control characters removed, spaces collapsed, at most 80 characters. */
export function cleanBranchName(name: string, fallback: string): string {
  // Control and bidirectional-override characters are refused by validateScenario.
  const cleaned = name
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, SCENARIO_LIMITS.maxNameLength);
  return cleaned === '' ? fallback : cleaned;
}
