/** Limbs per exact accumulator: base-2³² digits covering 2⁻¹²⁸ … 2²⁵⁶. */
export const EXACT_LIMBS = 12;
const LOWEST_EXPONENT = -128;
const LIMB_WEIGHT = new Float64Array(EXACT_LIMBS);
for (let k = 0; k < EXACT_LIMBS; k++) LIMB_WEIGHT[k] = Math.pow(2, LOWEST_EXPONENT + 32 * k);
const LARGEST = Math.pow(2, LOWEST_EXPONENT + 32 * EXACT_LIMBS) * (1 - Math.pow(2, -53));

/**
 * Adds `value` to the exact accumulator at `limbs[offset … offset+EXACT_LIMBS)`.
 *
 * Why: partials must merge to the same bits in any grouping, but floating-point addition is not
 * associative. Each value is split exactly into integer base-2³² digits (bits below 2⁻¹²⁸ are
 * dropped, magnitudes above 2²⁵⁶ saturate); integer digits add exactly in any order as long as
 * they stay below 2⁵³, i.e. for up to 2²¹ additions per accumulator (one per chunk, ≤ 1,000).
 */
export function addExact(limbs: Float64Array, offset: number, value: number): void {
  if (value === 0 || value !== value) return;
  const sign = value < 0 ? -1 : 1;
  let rest = Math.min(Math.abs(value), LARGEST);
  for (let k = EXACT_LIMBS - 1; k >= 0 && rest > 0; k--) {
    const weight = LIMB_WEIGHT[k];
    if (rest >= weight) {
      const digit = Math.floor(rest / weight);
      limbs[offset + k] += sign * digit;
      rest -= digit * weight;
    }
  }
}

/** Adds one exact accumulator into another (both integer limbs: exact and order-free). */
export function mergeExact(into: Float64Array, from: Float64Array): void {
  for (let i = 0; i < into.length; i++) into[i] += from[i];
}

/** The accumulator's value as the nearest double (the same bits however the sum was grouped). */
export function exactValue(limbs: Float64Array, offset: number): number {
  let sum = 0;
  for (let k = 0; k < EXACT_LIMBS; k++) sum += limbs[offset + k] * LIMB_WEIGHT[k];
  return sum;
}
