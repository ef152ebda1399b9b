import type { Fan } from '../model/index.ts';

/** The fan's months 0 to `months` only, so a pinned scenario with a longer horizon fits the current chart. */
export function trimFan(fan: Fan, months: number): Fan {
  if (fan.p50.length <= months + 1) return fan;
  const out = {} as Fan;
  for (const key of Object.keys(fan) as (keyof Fan)[]) out[key] = fan[key].subarray(0, months + 1);
  return out;
}
