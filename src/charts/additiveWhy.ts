import { roundToSum } from './roundToSum.ts';

/** The step that holds any part of the total the channels do not account for. */
export const UNATTRIBUTED = 'unattributed';

/** One step of the Why waterfall, in log points (100 × log return). */
export interface WhyStep {
  channel: string;
  /** The channel's mean contribution, log points, unrounded. */
  value: number;
  /** The value as displayed: rounded so that the shown steps add up to the shown total. */
  shown: number;
  /** Where the step starts and ends on the axis: the running sum of the shown steps before and with it. */
  start: number;
  end: number;
}

/** A waterfall from 0 to the mean log return: every channel a step, the steps adding up to the total as displayed. */
export interface AdditiveWhy {
  steps: WhyStep[];
  /** Mean terminal log return, log points, unrounded. */
  total: number;
  /** The total as displayed; equals the sum of the steps' `shown` values exactly. */
  shownTotal: number;
  /** Decimals of `shown` and `shownTotal`. */
  digits: number;
}

/**
 * The additive "Why": an attribution's channels in `order` (then any other finite channel present,
 * so a channel added to the model later is still shown) as log points rounded to `digits` decimals
 * that add up to the rounded total, with each step's start and end on the waterfall.
 */
export function additiveWhy(
  channels: Readonly<Partial<Record<string, number>>>,
  order: readonly string[],
  total: number,
  digits = 1,
): AdditiveWhy {
  const known = order.filter((c) => Number.isFinite(channels[c]));
  const extra = Object.keys(channels).filter((c) => !order.includes(c) && Number.isFinite(channels[c]));
  const names = [...known, ...extra];
  const values = names.map((c) => 100 * (channels[c] as number));
  const sum = values.reduce((s, v) => s + v, 0);
  const logTotal = Number.isFinite(total) ? 100 * total : sum;
  // A total the channels do not explain (beyond float error) gets a step of its own rather than being
  // spread over the others.
  if (Math.abs(logTotal - sum) >= 0.5 / 10 ** digits) {
    names.push(UNATTRIBUTED);
    values.push(logTotal - sum);
  }
  const shown = roundToSum(values, logTotal, digits);
  const scale = 10 ** digits;
  let running = 0; // in units of the last digit, so the running sum carries no float error
  const steps = names.map((channel, i) => {
    const start = running / scale;
    running += Math.round(shown[i] * scale);
    return { channel, value: values[i], shown: shown[i], start, end: running / scale };
  });
  return { steps, total: logTotal, shownTotal: running / scale, digits };
}
