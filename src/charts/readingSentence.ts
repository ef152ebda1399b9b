import type { Asset, Attribution, Channel } from '../model/index.ts';
import { ASSET_NOUN, CHANNEL_TEXT } from './channelText.ts';
import { signedPercent } from './formats.ts';

/** Channels that are the baseline rather than the scenario's story; left out of the sentence. */
const BASELINE: ReadonlySet<Channel> = new Set(['earnings', 'drift', 'dividends', 'shocks']);

/** Contributions smaller than this (in log points, 0.1%) are not worth a sentence. */
const NEGLIGIBLE = 0.001;

/** The channels of an attribution, largest absolute contribution first. */
export function rankedChannels(attribution: Attribution): [Channel, number][] {
  return (Object.entries(attribution.channels) as [Channel, number][])
    .filter(([, v]) => Number.isFinite(v))
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
}

/**
 * One line that says why, from the two largest non-baseline contributions, e.g.
 * "Cheaper floating-rate debt adds +2.8% to small caps; rich valuations drifting back take −9.1% off."
 * Log points become percent with expm1.
 */
export function readingSentence(asset: Asset, attribution: Attribution): string {
  const noun = ASSET_NOUN[asset];
  const story = rankedChannels(attribution)
    .filter(([c, v]) => !BASELINE.has(c) && Math.abs(v) >= NEGLIGIBLE)
    .slice(0, 2);
  if (story.length === 0) {
    return `Nothing in this scenario moves ${noun} much beyond the baseline: the range comes from ordinary volatility.`;
  }
  const clauses = story.map(([channel, v], i) => {
    const text = CHANNEL_TEXT[channel];
    const phrase = i === 0 ? (v >= 0 ? text.up : text.down) : lowerFirst(v >= 0 ? text.up : text.down);
    const amount = signedPercent(Math.expm1(v));
    const target = i === 0 ? (v >= 0 ? ` to ${noun}` : ` off ${noun}`) : v >= 0 ? '' : ' off';
    return `${phrase} ${amount}${target}`;
  });
  return `${clauses.join('; ')}.`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
