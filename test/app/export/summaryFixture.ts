import { ASSETS, BITCOIN_CHANNELS, EQUITY_CHANNELS, QUANTILE_KEYS, SERIES } from '../../../src/model/summary.ts';
import type { Fan, Histogram, Summary } from '../../../src/model/summary.ts';

/** A small hand-made Summary (2 months) whose numbers are awkward on purpose: 0.1 + 0.2, 1e-7, −0. */
export function summaryFixture(): Summary {
  const months = 2;
  const fans = {} as Record<(typeof SERIES)[number], Fan>;
  SERIES.forEach((series, s) => {
    const fan = {} as Fan;
    QUANTILE_KEYS.forEach((key, q) => {
      fan[key] = Float64Array.from({ length: months + 1 }, (_, m) => 100 * (s + 1) + q * (0.1 + 0.2) + m / 3);
    });
    fan.mean = Float64Array.from({ length: months + 1 }, (_, m) => (m === 0 ? 1e-7 : 100 * (s + 1) + m));
    fans[series] = fan;
  });
  const histogram: Histogram = { edges: Float64Array.of(-1, 0, 1), density: Float64Array.of(0.5, 0.5) };
  const probability = (value: number) => ({ value, se: Math.sqrt((value * (1 - value)) / 10_000) });
  return {
    months,
    paths: 10_000,
    seed: 20251211,
    quantileMethod: 'exact',
    fans,
    terminal: { smallCap: histogram, largeCap: histogram, bitcoin: histogram, relative: histogram },
    risk: Object.fromEntries(
      ASSETS.map((asset, i) => [
        asset,
        {
          probLoss: probability(0.3 + i / 10),
          probBeat: probability(i === 2 ? 0.999 : 0.5),
          drawdownThreshold: asset === 'bitcoin' ? 0.5 : 0.2,
          probDrawdown: { value: 0.0005, se: 0.001 },
          medianMaxDrawdown: 0.12 + i / 100,
          var95: 0.25,
          cvar95: 0.31,
          medianAnnualized: 0.1 + 0.2,
          meanAnnualized: -0.05,
        },
      ]),
    ) as Summary['risk'],
    attribution: {
      smallCap: {
        channels: Object.fromEntries(EQUITY_CHANNELS.map((c, i) => [c, (i - 4) / 100])),
        total: EQUITY_CHANNELS.reduce((sum, _c, i) => sum + (i - 4) / 100, 0),
      },
      largeCap: { channels: { earnings: 0.12, shocks: -0.02 }, total: 0.1 },
      bitcoin: {
        channels: Object.fromEntries(BITCOIN_CHANNELS.map((c, i) => [c, i / 7])),
        total: BITCOIN_CHANNELS.reduce((sum, _c, i) => sum + i / 7, 0),
      },
    },
    diagnostics: { termPremium0: 0.7, residualVol: { smallCap: 18, largeCap: 12, bitcoin: 55 }, notices: [] },
  };
}
