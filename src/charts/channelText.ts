import type { Asset, Channel } from '../model/index.ts';

/** How a channel is named on a bar, and the sentence's subject and verb when it adds (`up`) or takes away (`down`). */
export interface ChannelText {
  label: string;
  up: string;
  down: string;
}

/** Plain-language names of the attribution channels. */
export const CHANNEL_TEXT: Record<Channel, ChannelText> = {
  earnings: { label: 'Earnings growth', up: 'Earnings growth adds', down: 'Shrinking earnings takes' },
  backdrop: { label: 'Growth backdrop', up: 'A stronger economy adds', down: 'A weaker economy takes' },
  financing: { label: 'Debt costs', up: 'Cheaper floating-rate debt adds', down: 'Costlier debt takes' },
  discountPolicy: { label: 'Fed path (discounting)', up: 'Lower expected policy rates add', down: 'Higher expected policy rates take' },
  discountTermPremium: { label: 'Long-yield shocks', up: 'A falling term premium adds', down: 'A rising term premium takes' },
  discountInflation: { label: 'Inflation surprises', up: 'Cooler-than-expected inflation adds', down: 'Hotter-than-expected inflation takes' },
  riskPremium: { label: 'Risk appetite', up: 'More risk appetite adds', down: 'Less risk appetite takes' },
  valuation: { label: 'Valuation pull', up: 'Cheap valuations catching up add', down: 'Rich valuations drifting back take' },
  dividends: { label: 'Dividends', up: 'Reinvested dividends add', down: 'Dividends take' },
  shocks: { label: 'Random shocks', up: 'Luck adds', down: 'Bad luck takes' },
  drift: { label: 'Assumed trend', up: 'The assumed trend adds', down: 'The assumed downtrend takes' },
  realRate: { label: 'Real yields', up: 'Falling real yields add', down: 'Rising real yields take' },
  jumps: { label: 'Crashes (jumps)', up: 'Jumps add', down: 'Occasional crashes take' },
};

/** How an asset is named in a sentence. */
export const ASSET_NOUN: Record<Asset, string> = {
  smallCap: 'small caps',
  largeCap: 'large caps',
  bitcoin: 'bitcoin',
};

/** How an asset is titled on a chart. */
export const ASSET_TITLE: Record<Asset, string> = {
  smallCap: 'Russell 2000',
  largeCap: 'S&P 500',
  bitcoin: 'Bitcoin',
};
