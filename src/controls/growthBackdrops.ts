import { V2_BRANCH_DEFAULTS } from '../model/defaultScenario.ts';

/** A named growth backdrop and the numbers it stands for (MODEL §2.6, §9.3). */
export interface GrowthBackdrop {
  id: 'inferred' | 'soft' | 'slowdown' | 'recession';
  label: string;
  /** Extra EPS growth over the first 12 months, pp. */
  growthShock: number;
  /** Extra equity risk premium, pp. */
  growthRiskPremium: number;
  /**
   * How much the market reads into the Fed's cuts: an explicit backdrop already says why the Fed
   * cuts, so it sets 0; "inferred" reads the economy from the path at the default weight.
   */
  informationWeight: number;
}

/** The backdrops the growth select offers besides "custom". */
export const GROWTH_BACKDROPS: readonly GrowthBackdrop[] = [
  {
    id: 'inferred',
    label: 'Read from the Fed’s path',
    growthShock: 0,
    growthRiskPremium: 0,
    informationWeight: V2_BRANCH_DEFAULTS.policy.informationWeight,
  },
  { id: 'soft', label: 'Soft landing: cuts are insurance', growthShock: 0, growthRiskPremium: 0, informationWeight: 0 },
  { id: 'slowdown', label: 'Slowdown', growthShock: -10, growthRiskPremium: 0, informationWeight: 0 },
  { id: 'recession', label: 'Recession', growthShock: -25, growthRiskPremium: 1.5, informationWeight: 0 },
];

/**
 * Which backdrop the numbers match, or "custom". A path read at any weight above 0 with no explicit
 * hit is "inferred" (the weight then has its own field).
 */
export function growthBackdropOf(growthShock: number, growthRiskPremium: number, informationWeight: number): GrowthBackdrop['id'] | 'custom' {
  if (growthShock === 0 && growthRiskPremium === 0 && informationWeight > 0) return 'inferred';
  const match = GROWTH_BACKDROPS.find(
    (b) => b.growthShock === growthShock && b.growthRiskPremium === growthRiskPremium && b.informationWeight === informationWeight,
  );
  return match?.id ?? 'custom';
}
