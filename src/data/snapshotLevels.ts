import type { Snapshot } from '../model/index.ts';
import type { MarketSnapshot } from './marketSnapshot.ts';

/**
 * The scenario's start snapshot from a market snapshot: the policy rate is the target range's
 * midpoint, and the priced decisions are the snapshot's priced path, or none (the market is taken
 * to price holds) when no public source gave one.
 */
export function snapshotLevels(market: MarketSnapshot): Snapshot {
  const levels = {
    date: market.date,
    policyRate: (market.policyRange.lower + market.policyRange.upper) / 2,
    tenYear: market.tenYear.value,
    inflation: market.inflation.value,
    smallCap: market.smallCap.value,
    largeCap: market.largeCap.value,
    bitcoin: market.bitcoin.value,
    pricedDecisions: (market.pricedPath?.decisions ?? []).map((d) => ({ ...d })),
  };
  // Not a literal, so it also fits the schema-1 Snapshot that has no pricedDecisions (model v2 in progress).
  return levels;
}
