import type { Asset, Channel } from '../model/index.ts';

/** How a channel is named on a bar, and the one line that explains it on hover or focus. */
export interface ChannelText {
  label: string;
  hint: string;
}

/**
 * Plain-language names and explanations of the attribution channels. The string index lets a channel
 * the model is about to add ('information') be named before its type exists; `channelText` falls
 * back to a generic name for any other.
 */
export const CHANNEL_TEXT: Record<Channel, ChannelText> & Readonly<Record<string, ChannelText>> = {
  earnings: { label: 'Earnings growth', hint: 'Company profits growing at their assumed long-run pace lift the price.' },
  backdrop: { label: 'Growth backdrop', hint: 'How the economy you chose (soft landing, slowdown, recession) changes profits.' },
  financing: { label: 'Debt costs', hint: 'Interest on company debt: lower rates cut it, most for small caps, which borrow more at floating rates.' },
  discountPolicy: { label: 'Fed path (discounting)', hint: 'Future profits are worth more today when the expected path of Fed rates is lower, and less when it is higher.' },
  discountTermPremium: { label: 'Long-yield shocks', hint: 'Changes in the extra yield investors ask to hold long bonds (the term premium): higher long yields lower prices.' },
  discountInflation: { label: 'Inflation surprises', hint: 'Inflation above or below the path pushes long yields and the stock risk premium up or down.' },
  riskPremium: { label: 'Risk appetite', hint: 'The extra return investors ask for holding stocks: more appetite for risk lifts prices.' },
  valuation: { label: 'Valuation pull', hint: 'Price-to-earnings ratios drift back toward their long-run average: rich valuations fall, cheap ones rise.' },
  dividends: { label: 'Dividends', hint: 'Dividends paid and reinvested (total-return mode only).' },
  shocks: { label: 'Random shocks', hint: 'The ups and downs no channel explains; close to zero on average.' },
  drift: { label: 'Assumed trend', hint: 'The long-run growth trend assumed for bitcoin, before crashes.' },
  realRate: { label: 'Real yields', hint: 'Yields after inflation: bitcoin tends to fall when they rise and to rise when they fall.' },
  jumps: { label: 'Crashes (jumps)', hint: 'Rare sudden falls; the bar is their average cost.' },
  information: {
    label: 'What cuts reveal',
    hint: 'What the Fed’s moves tell markets about the economy: cuts made because growth is weakening lower expected profits and raise the risk premium.',
  },
  unattributed: { label: 'Not attributed', hint: 'The part of the total the channels do not account for.' },
};

/** The name and explanation of a channel, with a plain generic one for a channel this build does not know. */
export function channelText(channel: string): ChannelText {
  return (
    (Object.hasOwn(CHANNEL_TEXT, channel) ? CHANNEL_TEXT[channel] : undefined) ?? {
      label: `Other (${channel})`,
      hint: 'A part of the model’s return this version of the app has no description for yet.',
    }
  );
}

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
