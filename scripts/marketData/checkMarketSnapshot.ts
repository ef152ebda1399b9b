import { BOUNDS } from '../../src/model/index.ts';
import { daysBetween } from '../../src/data/dataAge.ts';
import type { MarketSnapshot } from '../../src/data/marketSnapshot.ts';
import { snapshotLevels } from '../../src/data/snapshotLevels.ts';

/** How old each kind of value may be, in days before the update runs. */
export const MAX_AGE_DAYS = {
  /** The market closes: a week plus a long weekend. */
  market: 10,
  /** Monthly CPI is published about six weeks after its month starts; a delayed release still fits. */
  cpi: 120,
  /** SEPs come every three months. */
  sep: 200,
} as const;

/** Plausible ranges, tighter than the model's bounds: a value outside is more likely a broken download than news. */
export const PLAUSIBLE = {
  policy: [0, 20],
  tenYear: [-1, 20],
  inflation: [-5, 25],
  smallCap: [50, 50_000],
  largeCap: [100, 100_000],
  bitcoin: [100, 10_000_000],
  sep: [0, 20],
} as const satisfies Record<string, readonly [number, number]>;

/** The largest factor a level may move by since the previous snapshot before it counts as a broken value. */
const MAX_MOVE = { largeCap: 3, bitcoin: 5 } as const;

/**
 * Every reason `snapshot` is not fit to be written after `previous` on `today` (an ISO date): a
 * value out of its plausible range, a date in the future or too old, a level that moved by an
 * implausible factor, or a start level outside the model's bounds. Empty when it is sane.
 */
export function checkMarketSnapshot(snapshot: MarketSnapshot, previous: MarketSnapshot, today: string): string[] {
  const problems: string[] = [];
  const inRange = (name: string, value: number, [min, max]: readonly [number, number]): void => {
    if (!Number.isFinite(value) || value < min || value > max) problems.push(`${name}: ${value} is outside ${min}–${max}`);
  };
  const fresh = (name: string, date: string, maxDays: number): void => {
    const age = daysBetween(date, today);
    if (age < 0) problems.push(`${name}: dated ${date}, after today (${today})`);
    else if (age > maxDays) problems.push(`${name}: dated ${date}, ${age} days old (at most ${maxDays})`);
  };

  fresh('market date', snapshot.date, MAX_AGE_DAYS.market);
  if (snapshot.date <= previous.date) problems.push(`market date ${snapshot.date} is not after the previous snapshot's ${previous.date}`);

  const { lower, upper } = snapshot.policyRange;
  inRange('target range lower limit', lower, PLAUSIBLE.policy);
  inRange('target range upper limit', upper, PLAUSIBLE.policy);
  if (Math.abs(upper - lower - 0.25) > 1e-9) problems.push(`target range ${lower}–${upper}: not 25 bp wide, as every range since 2008`);
  inRange('10-year yield', snapshot.tenYear.value, PLAUSIBLE.tenYear);
  inRange('CPI inflation', snapshot.inflation.value, PLAUSIBLE.inflation);
  fresh('CPI month', snapshot.inflation.date, MAX_AGE_DAYS.cpi);
  inRange('Russell 2000', snapshot.smallCap.value, PLAUSIBLE.smallCap);
  inRange('S&P 500', snapshot.largeCap.value, PLAUSIBLE.largeCap);
  inRange('bitcoin', snapshot.bitcoin.value, PLAUSIBLE.bitcoin);
  for (const key of ['largeCap', 'bitcoin'] as const) {
    const ratio = snapshot[key].value / previous[key].value;
    if (!(ratio <= MAX_MOVE[key] && ratio >= 1 / MAX_MOVE[key])) {
      problems.push(`${key === 'largeCap' ? 'S&P 500' : 'bitcoin'}: ${snapshot[key].value} is more than ${MAX_MOVE[key]}× away from ${previous[key].value} on ${previous.date}`);
    }
  }

  const sep = snapshot.sepMedian;
  fresh('SEP release', sep.date, MAX_AGE_DAYS.sep);
  inRange('SEP longer-run median', sep.longerRun, PLAUSIBLE.sep);
  sep.endOfYear.forEach(({ year, value }, i) => {
    inRange(`SEP median for end-${year}`, value, PLAUSIBLE.sep);
    if (i > 0 && year !== sep.endOfYear[i - 1].year + 1) problems.push(`SEP medians: ${year} does not follow ${sep.endOfYear[i - 1].year}`);
  });
  const year = Number(snapshot.date.slice(0, 4));
  if (!sep.endOfYear.some((p) => p.year === year || p.year === year + 1)) {
    problems.push(`SEP medians: none for ${year} or ${year + 1}`);
  }

  // Last, the model's own bounds: a run must be able to start from these levels.
  const levels = snapshotLevels(snapshot);
  for (const key of ['policyRate', 'tenYear', 'inflation', 'smallCap', 'largeCap', 'bitcoin'] as const) {
    const { min, max, label } = BOUNDS[`snapshot.${key}`];
    if (!(levels[key] >= min && levels[key] <= max)) problems.push(`${label}: ${levels[key]} is outside the model's ${min}–${max}`);
  }
  return problems;
}
