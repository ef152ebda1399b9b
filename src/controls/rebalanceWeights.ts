import { normalizeWeights } from './normalizeWeights.ts';

/**
 * Sets weight `index` to `value` (clamped to 0–1) and rescales the others proportionally so the
 * total stays 1; when the others are all zero they share the remainder equally.
 */
export function rebalanceWeights(weights: readonly number[], index: number, value: number): number[] {
  if (index < 0 || index >= weights.length) return normalizeWeights(weights);
  if (weights.length === 1) return [1];
  const target = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : weights[index];
  const rest = 1 - target;
  const others = weights.reduce((total, w, i) => (i === index ? total : total + Math.max(0, w)), 0);
  const share = 1 / (weights.length - 1);
  const next = weights.map((w, i) => {
    if (i === index) return target;
    return others > 0 ? (Math.max(0, w) / others) * rest : share * rest;
  });
  // Exact residual on the weight the user did not touch (largest other), so `target` shows as typed.
  let largest = index === 0 ? 1 : 0;
  for (let i = 0; i < next.length; i++) if (i !== index && next[i] > next[largest]) largest = i;
  let sum = 0;
  for (let i = 0; i < next.length; i++) if (i !== largest) sum += next[i];
  next[largest] = Math.max(0, 1 - sum);
  return next;
}
