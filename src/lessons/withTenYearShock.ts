import type { Scenario } from '../model/index.ts';

/**
 * A copy of `scenario` with one more permanent shock of `bp` basis points to the 10-year yield from
 * month 1, in every branch (0 leaves the scenario as it is).
 */
export function withTenYearShock(scenario: Scenario, bp: number): Scenario {
  const next = structuredClone(scenario);
  if (bp === 0) return next;
  for (const branch of next.branches) branch.yields.shocks.push({ size: bp, start: 1, permanent: true, halfLife: 12 });
  return next;
}
