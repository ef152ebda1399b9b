import { replayScenario } from './replayScenario.ts';
import type { Scenario } from './scenario.ts';

/** What actually happened in the 12 months after the month before a first cut. */
export interface RealizedOutcome {
  months: 12;
  /** Russell 2000 price return, as a fraction (0.222 = +22.2%). */
  smallCap: number;
  /** S&P 500 price return, as a fraction. */
  largeCap: number;
  /** Bitcoin return as a fraction, or null before bitcoin traded. */
  bitcoin: number | null;
  /** Monthly average fed funds rate, %, from the snapshot month (index 0) to 12 months later. */
  policyPath: number[];
  /** 10-year Treasury yield, monthly average, %, in the snapshot month and 12 months later. */
  tenYearStart: number;
  tenYearEnd: number;
  /** CPI-U inflation, % y/y, in the snapshot month and 12 months later. */
  inflationStart: number;
  inflationNext12: number;
  smallBeatLarge: boolean;
}

/** A past cutting cycle the app replays to show where the realized outcome fell in the model's fan. */
export interface Replay {
  id: string;
  title: string;
  /** Month of the first cut, YYYY-MM. */
  firstCut: string;
  /** What this cycle says about the "small caps win when the Fed cuts" story. */
  claim: string;
  /** Where the realized numbers come from. */
  sources: string;
  /** A fresh 12-month scenario starting the month before the first cut, levels rebased to 100. */
  scenario(): Scenario;
  realized: RealizedOutcome;
}

const SOURCES =
  'FRED FEDFUNDS and GS10 (monthly averages), BLS CPI-U (y/y), Russell 2000 and S&P 500 month-end closes; ' +
  'neutral rate: Holston–Laubach–Williams real r* (New York Fed, rounded to ¼ pp) plus the 2% objective';

interface Cycle {
  id: string;
  title: string;
  firstCut: string;
  snapshotDate: string;
  claim: string;
  policyPath: number[];
  tenYear: [number, number];
  inflation: [number, number];
  largeCap: number;
  smallCap: number;
  bitcoin: number | null;
  /** Neutral nominal rate of the era, %: HLW real r* (rounded to ¼ pp) plus the 2% objective. */
  neutralRate: number;
}

// MODEL §6: price returns from the month-end close before the first cut to 12 months later.
const CYCLES: readonly Cycle[] = [
  {
    id: 'cut-1995',
    title: '1995: insurance cuts, soft landing',
    firstCut: '1995-07',
    snapshotDate: '1995-06-30',
    claim: 'In a textbook soft landing small caps kept pace with large caps but did not beat them.',
    policyPath: [6.0, 5.85, 5.74, 5.8, 5.76, 5.8, 5.6, 5.56, 5.22, 5.31, 5.22, 5.24, 5.27],
    tenYear: [6.17, 6.91],
    inflation: [3.0, 2.8],
    largeCap: 0.231,
    smallCap: 0.222,
    bitcoin: null,
    neutralRate: 5.0,
  },
  {
    id: 'cut-1998',
    title: '1998: LTCM and the Russia default',
    firstCut: '1998-09',
    snapshotDate: '1998-08-31',
    claim: 'Three quick crisis cuts and a rally, but large caps led small caps by eleven points.',
    policyPath: [5.55, 5.51, 5.07, 4.83, 4.68, 4.63, 4.76, 4.81, 4.74, 4.74, 4.76, 4.99, 5.07],
    tenYear: [5.34, 5.94],
    inflation: [1.6, 2.3],
    largeCap: 0.379,
    smallCap: 0.266,
    bitcoin: null,
    neutralRate: 5.25,
  },
  {
    id: 'cut-2001',
    title: '2001: the dot-com bust',
    firstCut: '2001-01',
    snapshotDate: '2000-12-31',
    claim: 'Cutting into a recession: small caps held flat while large caps fell 13%.',
    policyPath: [6.4, 5.98, 5.49, 5.31, 4.8, 4.21, 3.97, 3.77, 3.65, 3.07, 2.49, 2.09, 1.82],
    tenYear: [5.24, 5.09],
    inflation: [3.4, 1.6],
    largeCap: -0.13,
    smallCap: 0.01,
    bitcoin: null,
    neutralRate: 5.25,
  },
  {
    id: 'cut-2007',
    title: '2007: the financial crisis begins',
    firstCut: '2007-09',
    snapshotDate: '2007-08-31',
    claim: 'Cuts did not stop the slide: both indices fell, small caps less than large caps.',
    policyPath: [5.02, 4.94, 4.76, 4.49, 4.24, 3.94, 2.98, 2.61, 2.28, 1.98, 2.0, 2.01, 2.0],
    tenYear: [4.67, 3.89],
    inflation: [2.0, 5.4],
    largeCap: -0.13,
    smallCap: -0.067,
    bitcoin: null,
    neutralRate: 4.25,
  },
  {
    id: 'cut-2019',
    title: '2019: mid-cycle adjustment, then the pandemic',
    firstCut: '2019-08',
    snapshotDate: '2019-07-31',
    claim: 'Rates went to zero and yields collapsed, yet small caps lost 6% while large caps gained 10%.',
    policyPath: [2.4, 2.13, 2.04, 1.83, 1.55, 1.55, 1.55, 1.58, 0.65, 0.05, 0.05, 0.08, 0.09],
    tenYear: [2.06, 0.62],
    inflation: [1.8, 1.0],
    largeCap: 0.098,
    smallCap: -0.06,
    bitcoin: 0.125,
    neutralRate: 2.5,
  },
  {
    id: 'cut-2024',
    title: '2024: recalibration from 5.33%',
    firstCut: '2024-09',
    snapshotDate: '2024-08-31',
    claim: 'A full point of cuts in a soft landing: the 10-year rose, large caps doubled small caps and bitcoin led.',
    policyPath: [5.33, 5.13, 4.83, 4.64, 4.48, 4.33, 4.33, 4.33, 4.33, 4.33, 4.33, 4.33, 4.33],
    tenYear: [3.87, 4.26],
    inflation: [2.5, 2.9],
    largeCap: 0.144,
    smallCap: 0.067,
    bitcoin: 0.835,
    neutralRate: 2.75,
  },
];

function toReplay(cycle: Cycle): Replay {
  const setup = {
    title: cycle.title,
    snapshotDate: cycle.snapshotDate,
    policyPath: cycle.policyPath,
    tenYearStart: cycle.tenYear[0],
    inflationStart: cycle.inflation[0],
    neutralRate: cycle.neutralRate,
  };
  return {
    id: cycle.id,
    title: cycle.title,
    firstCut: cycle.firstCut,
    claim: cycle.claim,
    sources: SOURCES,
    scenario: () => replayScenario(setup),
    realized: {
      months: 12,
      smallCap: cycle.smallCap,
      largeCap: cycle.largeCap,
      bitcoin: cycle.bitcoin,
      policyPath: [...cycle.policyPath],
      tenYearStart: cycle.tenYear[0],
      tenYearEnd: cycle.tenYear[1],
      inflationStart: cycle.inflation[0],
      inflationNext12: cycle.inflation[1],
      smallBeatLarge: cycle.smallCap > cycle.largeCap,
    },
  };
}

/** The six cutting cycles since 1995, oldest first; small caps beat large caps in two of them. */
export const REPLAYS: readonly Replay[] = CYCLES.map(toReplay);

/** The replay with this id, or undefined. */
export function replayById(id: string): Replay | undefined {
  return REPLAYS.find((replay) => replay.id === id);
}
