import type { Fan } from '../model/index.ts';

/** The fan as growth of `base` (100) invested at month 0: every quantile divided by the start level. */
export function rebaseFan(fan: Fan, base = 100): Fan {
  const start = fan.p50[0];
  const factor = start > 0 ? base / start : 1;
  const out = {} as Fan;
  for (const key of Object.keys(fan) as (keyof Fan)[]) {
    out[key] = fan[key].map((v) => v * factor);
  }
  return out;
}
