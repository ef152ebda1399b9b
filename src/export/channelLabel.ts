import type { Asset, BitcoinChannel, Channel, EquityChannel } from '../model/summary.ts';

/** Plain-language names of the equity attribution channels. */
export const EQUITY_CHANNEL_LABELS: Record<EquityChannel, string> = {
  earnings: 'Earnings growth',
  backdrop: 'Growth backdrop',
  financing: 'Interest costs on debt',
  discountPolicy: 'Discount rate: Fed path',
  discountTermPremium: 'Discount rate: term premium',
  discountInflation: 'Discount rate: inflation surprises',
  riskPremium: 'Risk appetite and backdrop',
  valuation: 'Valuation drifting to its average',
  dividends: 'Dividends reinvested',
  shocks: 'Unexplained shocks',
};

/** Plain-language names of the bitcoin attribution channels. */
export const BITCOIN_CHANNEL_LABELS: Record<BitcoinChannel, string> = {
  drift: 'Trend growth',
  realRate: 'Real yields',
  riskPremium: 'Risk appetite',
  jumps: 'Crashes (jumps)',
  shocks: 'Unexplained shocks',
};

/** The plain-language name of one asset's attribution channel (the key itself if unknown). */
export function channelLabel(asset: Asset, channel: Channel): string {
  const labels: Partial<Record<Channel, string>> =
    asset === 'bitcoin' ? BITCOIN_CHANNEL_LABELS : EQUITY_CHANNEL_LABELS;
  return labels[channel] ?? channel;
}
