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
  earnings: { label: 'Earnings growth', hint: 'Company profits growing at their assumed long-run pace lift the price; each path draws its own pace around it.' },
  backdrop: { label: 'Growth backdrop', hint: 'How the economy you chose (slowdown, recession) changes profits over a year, and their recovery after it.' },
  financing: { label: 'Debt costs', hint: 'Interest on company debt compared with what the priced Fed path implied: lower rates than priced cut it, most for small caps, which borrow more at floating rates.' },
  discountPolicy: { label: 'Fed path vs priced (discounting)', hint: 'Only your Fed path’s difference from the path the market already priced moves prices: a lower expected path makes future profits worth more today.' },
  discountTermPremium: { label: 'Long-yield shocks', hint: 'Changes in the extra yield investors ask to hold long bonds (the term premium): higher long yields lower prices.' },
  discountInflation: { label: 'Inflation', hint: 'Inflation shocks and surprises push long yields and the stock risk premium up or down, and the Fed’s expected reaction with them.' },
  riskPremium: { label: 'Risk appetite', hint: 'The extra return investors ask for holding stocks: more appetite for risk lifts prices.' },
  valuation: { label: 'Valuation pull', hint: 'Price-to-earnings ratios drift back toward their long-run average: rich valuations fall, cheap ones rise.' },
  dividends: { label: 'Dividends', hint: 'Dividends paid and reinvested (total-return mode only).' },
  shocks: {
    label: 'Random shocks',
    hint: 'The ups and downs no channel explains. In log points they pull down on average by about half their variance (volatility drag), more for the more volatile small caps.',
  },
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
