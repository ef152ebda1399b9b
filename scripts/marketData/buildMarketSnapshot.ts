import { fomcCalendar } from '../../src/model/index.ts';
import type { MarketSnapshot } from '../../src/data/marketSnapshot.ts';
import { cpiYearOnYear } from './cpiYearOnYear.ts';
import { FRED_SERIES_IDS, type FredSeriesId } from './fredSeries.ts';
import { parseFredCsv, type Observation } from './parseFredCsv.ts';
import type { Responses } from './readResponses.ts';

/** A candidate snapshot with notes on what was kept or skipped, or every reason there is none. */
export type BuiltSnapshot =
  | { ok: true; snapshot: MarketSnapshot; notes: string[]; fixture: boolean }
  | { ok: false; problems: string[]; notes: string[] };

/** Why the Russell 2000 level is carried over: no public source answers without a key. */
export const RUSSELL_NOTE =
  'Russell 2000: no public no-key source (FRED no longer carries FTSE Russell indexes; Stooq now asks for a key), ' +
  'so the previous level is kept with its own date';
/** Why new snapshots carry no priced path. */
export const PRICED_PATH_NOTE =
  'priced path: no public no-key source for fed funds futures/OIS (CME FedWatch is not a CSV), so none is recorded';

const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const previousDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

function valueOn(observations: readonly Observation[], date: string): number | null {
  return observations.find((o) => o.date === date)?.value ?? null;
}

function monthLabel(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * Builds the next snapshot from FRED's responses: the market date is the latest day on which the
 * S&P 500, the 10-year and bitcoin all have a close (and the target range a value), every level is
 * that day's; CPI is the latest month with a year-on-year change; the SEP median is FRED's latest.
 * The Russell 2000 is carried over from `previous` (see RUSSELL_NOTE). Any unreadable or missing
 * series is a problem, and one problem means no snapshot.
 */
export function buildMarketSnapshot(responses: Responses, previous: MarketSnapshot): BuiltSnapshot {
  const problems: string[] = [];
  const notes: string[] = [];
  const series = {} as Record<FredSeriesId, Observation[]>;
  let fixture = false;
  for (const id of FRED_SERIES_IDS) {
    const response = responses[id];
    if ('error' in response) {
      problems.push(`${id}: ${response.error}`);
      continue;
    }
    const parsed = parseFredCsv(response.text, id);
    if (parsed.ok) {
      series[id] = parsed.observations;
      fixture ||= parsed.fixture;
    } else {
      problems.push(`${id}: ${parsed.reason}`);
    }
  }
  if (problems.length > 0) return { ok: false, problems, notes };

  const closes = series.SP500.filter((o) => o.value !== null).map((o) => o.date).reverse();
  const date = closes.find(
    (d) => valueOn(series.DGS10, d) !== null && valueOn(series.CBBTCUSD, d) !== null && valueOn(series.DFEDTARU, d) !== null,
  );
  if (!date) {
    return { ok: false, problems: ['no day on which SP500, DGS10, CBBTCUSD and DFEDTARU all have a value'], notes };
  }

  // FRED dates a new target range from the day after the decision, so on a decision day the
  // closes already reflect it while DFEDTARU/L do not yet: take the next day's range then.
  const decisionDay = fomcCalendar(previousDay(date), 1).some((meeting) => meeting.date === date);
  const rangeDate = decisionDay ? nextDay(date) : date;
  const upper = valueOn(series.DFEDTARU, rangeDate);
  const lower = valueOn(series.DFEDTARL, rangeDate);
  if (upper === null || lower === null) {
    problems.push(`DFEDTARU/DFEDTARL: no target range for ${rangeDate}${decisionDay ? ' (the day after the decision)' : ''}`);
  }
  if (decisionDay) notes.push(`${date} is an FOMC decision day: the target range is the one in effect from ${rangeDate}`);

  const inflation = cpiYearOnYear(series.CPIAUCSL);
  if (!inflation) problems.push('CPIAUCSL: no month with a value twelve months earlier, so no year-on-year change');
  const latestCpi = series.CPIAUCSL.filter((o) => o.value !== null).at(-1);
  if (inflation && latestCpi && latestCpi.date !== inflation.date) {
    notes.push(`CPI: ${latestCpi.date.slice(0, 7)} has no value twelve months earlier, so the change is ${inflation.date.slice(0, 7)}'s`);
  }

  const longerRun = series.FEDTARMDLR.filter((o) => o.value !== null).at(-1);
  const year = Number(date.slice(0, 4));
  const endOfYear = series.FEDTARMD.filter((o) => o.value !== null && Number(o.date.slice(0, 4)) >= year).map((o) => ({
    year: Number(o.date.slice(0, 4)),
    value: o.value as number,
  }));
  if (endOfYear.length === 0) problems.push(`FEDTARMD: no end-of-year median for ${year} or later`);

  if (problems.length > 0 || upper === null || lower === null || !inflation || !longerRun) return { ok: false, problems, notes };
  notes.push(`${RUSSELL_NOTE} (${previous.smallCap.value} from ${previous.smallCap.date})`);
  notes.push(PRICED_PATH_NOTE);

  const fred = (id: string, what: string): string => `${what} (FRED ${id})`;
  const snapshot: MarketSnapshot = {
    date,
    label: monthLabel(date),
    policyRange: { lower, upper, date: rangeDate, source: fred('DFEDTARL, DFEDTARU', 'Fed funds target range') },
    tenYear: { value: valueOn(series.DGS10, date) as number, date, source: fred('DGS10', '10-year Treasury constant maturity') },
    inflation: { value: inflation.value, date: inflation.date, source: fred('CPIAUCSL', 'CPI-U all items, % year on year') },
    smallCap: previous.smallCap,
    largeCap: { value: valueOn(series.SP500, date) as number, date, source: fred('SP500', 'S&P 500 close') },
    bitcoin: { value: valueOn(series.CBBTCUSD, date) as number, date, source: fred('CBBTCUSD', 'Coinbase bitcoin price, USD') },
    pricedPath: null,
    sepMedian: {
      endOfYear,
      longerRun: longerRun.value as number,
      date: longerRun.date,
      source: fred('FEDTARMD, FEDTARMDLR', 'FOMC Summary of Economic Projections, median'),
    },
  };
  return { ok: true, snapshot, notes, fixture };
}
