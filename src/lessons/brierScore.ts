/** The Brier score of always saying 50%: (0.5 − 0)² = (0.5 − 1)² = 0.25, whatever happens. */
export const COIN_FLIP_BRIER = 0.25;

/**
 * The Brier score of probability forecasts against what happened: the mean of (p − outcome)², with
 * outcome 1 when the event happened and 0 when not. 0 is perfect; lower is better; NaN for no forecasts.
 */
export function brierScore(forecasts: readonly number[], outcomes: readonly boolean[]): number {
  if (forecasts.length !== outcomes.length) throw new Error('brierScore: one outcome per forecast.');
  if (forecasts.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < forecasts.length; i++) sum += (forecasts[i]! - (outcomes[i] ? 1 : 0)) ** 2;
  return sum / forecasts.length;
}
