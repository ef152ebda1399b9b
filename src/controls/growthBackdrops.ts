/** A named growth backdrop and the numbers it stands for (MODEL §2.6). */
export interface GrowthBackdrop {
  id: 'soft' | 'slowdown' | 'recession';
  label: string;
  /** Extra EPS growth over the first 12 months, pp. */
  growthShock: number;
  /** Extra equity risk premium, pp. */
  growthRiskPremium: number;
}

/** The three backdrops the growth select offers besides "custom". */
export const GROWTH_BACKDROPS: readonly GrowthBackdrop[] = [
  { id: 'soft', label: 'Soft landing', growthShock: 0, growthRiskPremium: 0 },
  { id: 'slowdown', label: 'Slowdown', growthShock: -10, growthRiskPremium: 0 },
  { id: 'recession', label: 'Recession', growthShock: -25, growthRiskPremium: 1.5 },
];

/** Which backdrop the numbers match, or "custom". */
export function growthBackdropOf(growthShock: number, growthRiskPremium: number): GrowthBackdrop['id'] | 'custom' {
  const match = GROWTH_BACKDROPS.find(
    (b) => b.growthShock === growthShock && b.growthRiskPremium === growthRiskPremium,
  );
  return match?.id ?? 'custom';
}
