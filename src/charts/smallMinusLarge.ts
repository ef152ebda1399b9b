import type { Attribution, Channel } from '../model/index.ts';

/**
 * Small caps' attribution minus large caps', channel by channel: what makes the Russell 2000 beat
 * (positive) or lag (negative) the S&P 500 in mean log return. A channel only one side has counts
 * as zero on the other.
 */
export function smallMinusLarge(small: Attribution, large: Attribution): Attribution {
  const channels: Partial<Record<Channel, number>> = {};
  for (const c of new Set([...Object.keys(small.channels), ...Object.keys(large.channels)]) as Set<Channel>) {
    channels[c] = (small.channels[c] ?? 0) - (large.channels[c] ?? 0);
  }
  return { channels, total: small.total - large.total };
}
