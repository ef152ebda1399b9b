/** Months over which a growth backdrop's EPS hit builds in (MODEL §2.6 item 1). */
export const BACKDROP_BUILD_MONTHS = 12;

/**
 * Adds to `eps` (cumulative log EPS change by month) and `premium` (equity risk premium by month,
 * decimals) one growth hit that becomes news at month `onset` (MODEL §9.6): the EPS hit builds in
 * evenly over the next 12 months and the premium applies at once; both stay for the year, then
 * recover linearly over `recoveryMonths` (0 = never: a permanently lower level).
 */
export function addBackdropHit(eps: Float64Array, premium: Float64Array, onset: number, hit: number, extraPremium: number, recoveryMonths: number): void {
  const last = eps.length - 1;
  const built = onset - 1 + BACKDROP_BUILD_MONTHS;
  for (let m = onset; m <= last; m++) {
    let share: number;
    let premiumShare: number;
    if (m <= built) {
      share = (m - onset + 1) / BACKDROP_BUILD_MONTHS;
      premiumShare = 1;
    } else if (recoveryMonths > 0) {
      premiumShare = Math.max(0, 1 - (m - built) / recoveryMonths);
      share = premiumShare;
    } else {
      share = 1;
      premiumShare = 1;
    }
    eps[m] += hit * share;
    premium[m] += extraPremium * premiumShare;
  }
}
