import type { AdditiveWhy, WhyStep } from './additiveWhy.ts';
import { channelText } from './channelText.ts';
import { signedPercent } from './formats.ts';
import { signedLogPoints } from './signedLogPoints.ts';

/** The steps with the largest displayed size, largest first (ties keep the display order). */
export function largestSteps(why: AdditiveWhy, count: number): WhyStep[] {
  return why.steps
    .map((step, i) => ({ step, i }))
    .filter(({ step }) => step.shown !== 0)
    .sort((a, b) => Math.abs(b.step.shown) - Math.abs(a.step.shown) || a.i - b.i)
    .slice(0, count)
    .map(({ step }) => step);
}

/** A log-point total as the simple return it amounts to, e.g. +8.1 → "+8.4%". */
export function asReturn(logPoints: number): string {
  return signedPercent(Math.expm1(logPoints / 100));
}

/**
 * One sentence naming the two largest channels of an asset's waterfall and the total they add up
 * to, e.g. "For small caps the largest pieces are earnings growth (+12.3) and valuation pull (−9.1);
 * all channels add up to +8.1 log points (≈ +8.4%)."
 */
export function whyHeadline(noun: string, why: AdditiveWhy): string {
  const top = largestSteps(why, 2);
  const total = `${signedLogPoints(why.shownTotal, why.digits)} log points (≈ ${asReturn(why.shownTotal)})`;
  if (top.length === 0) return `Nothing moves ${noun} on average: the total is ${total}.`;
  const named = top.map((s) => `${lowerFirst(channelText(s.channel).label)} (${signedLogPoints(s.shown, why.digits)})`);
  const pieces = named.length === 1 ? `piece is ${named[0]}` : `pieces are ${named[0]} and ${named[1]}`;
  return `For ${noun} the largest ${pieces}; all channels add up to ${total}.`;
}

/**
 * The rotation question in one sentence, from the small-minus-large waterfall: by how much small caps
 * beat or lag large caps on average, and the two channels that do most of it, e.g. "Small caps lag
 * large caps by 1.0 log points on average. Largest: valuation pull (−4.2, holding them back) and
 * debt costs (+3.0, pushing them ahead)."
 */
export function rotationHeadline(why: AdditiveWhy): string {
  const gap = why.shownTotal;
  const size = Math.abs(gap).toFixed(why.digits);
  const lead =
    Number(size) === 0
      ? 'Small caps and large caps end level on average'
      : `Small caps ${gap > 0 ? 'beat' : 'lag'} large caps by ${size} log points on average`;
  const top = largestSteps(why, 2);
  if (top.length === 0) return `${lead}.`;
  const named = top.map(
    (s) => `${lowerFirst(channelText(s.channel).label)} (${signedLogPoints(s.shown, why.digits)}, ${s.shown > 0 ? 'pushing them ahead' : 'holding them back'})`,
  );
  return `${lead}. Largest: ${named.join(' and ')}.`;
}

function lowerFirst(s: string): string {
  // Keep names that start with an acronym or a proper noun ("Fed path") as they are.
  return /^[A-Z][a-z]/.test(s) && !s.startsWith('Fed') ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
