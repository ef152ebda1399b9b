import type { AdditiveWhy } from './additiveWhy.ts';
import { channelText } from './channelText.ts';
import { signedLogPoints } from './signedLogPoints.ts';

/**
 * A screen-reader summary of a Why waterfall, every step with its signed value in log points as
 * displayed, in drawing order, e.g. "Contributions to the S&P 500 return over 24 months, in log
 * points that add up (total +8.1): Earnings growth +10.2, Debt costs −0.3, Valuation pull −1.8."
 * `subject` is what the total is of: "the S&P 500 return", "small minus large".
 */
export function describeAttribution(subject: string, why: AdditiveWhy, months: number): string {
  const bars = why.steps.map((s) => `${channelText(s.channel).label} ${signedLogPoints(s.shown, why.digits)}`).join(', ');
  return `Contributions to ${subject} over ${months} months, in log points that add up (total ${signedLogPoints(why.shownTotal, why.digits)}): ${bars}.`;
}
