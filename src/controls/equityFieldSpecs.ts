import type { FieldSpec } from './fieldSpec.ts';

type EquityKey =
  | 'earningsGrowth' | 'cyclicality' | 'interestBurden' | 'debtRate' | 'floatingShare'
  | 'refinanceRate' | 'creditSpread' | 'duration' | 'startPE' | 'longRunPE'
  | 'valuationHalfLife' | 'dividendYield' | 'vol' | 'growthUncertainty';

const BASE: Record<EquityKey, FieldSpec> = {
  earningsGrowth: { label: 'Long-run earnings (EPS) growth', unit: '%/yr', min: -20, max: 30, step: 0.5, source: 'Long-run nominal rate' },
  cyclicality: { label: 'Cyclicality: multiplier of the growth backdrop', unit: '×', min: 0, max: 5, step: 0.1 },
  interestBurden: { label: 'Interest expense as a share of operating profit (b)', unit: 'share of operating profit', min: 0, max: 0.95, step: 0.01 },
  debtRate: { label: 'Average rate paid on debt at the start (i0)', unit: '%', min: 0, max: 25, step: 0.1 },
  floatingShare: { label: 'Share of debt at floating rates (f)', unit: 'share of debt', min: 0, max: 1, step: 0.01 },
  refinanceRate: { label: 'Share of fixed-rate debt refinanced per year (ρ)', unit: 'share per year', min: 0, max: 1, step: 0.01 },
  creditSpread: { label: 'Credit spread over the 10-year on refinanced debt', unit: 'pp', min: 0, max: 15, step: 0.1 },
  duration: { label: 'Effective duration to the discount rate (D)', unit: 'years', min: 0, max: 80, step: 0.5 },
  startPE: { label: 'Starting forward P/E', unit: '×', min: 1, max: 200, step: 0.5 },
  longRunPE: { label: 'Long-run average forward P/E', unit: '×', min: 1, max: 200, step: 0.5 },
  valuationHalfLife: { label: 'Half-life of valuation mean reversion (0 = off)', unit: 'years', min: 0, max: 100, step: 0.5 },
  dividendYield: { label: 'Dividend yield (added in total-return mode)', unit: '%/yr', min: 0, max: 15, step: 0.1 },
  vol: { label: 'Target volatility of monthly returns', unit: '%/√yr', min: 1, max: 150, step: 0.5 },
  growthUncertainty: { label: 'Uncertainty of long-run EPS growth: sd of each path’s growth rate', unit: '%/yr', min: 0, max: 10, step: 0.1 },
};

const SMALL_SOURCES: Partial<Record<EquityKey, string>> = {
  cyclicality: 'Small caps 1.5: more cyclical earnings',
  interestBurden: 'Net debt/EBITDA about 4.3× for the Russell 2000 (FTSE Russell)',
  debtRate: 'Interest/debt near 7% (Apollo 2024)',
  floatingShare: '30–50% of Russell 2000 debt floats (Goldman Sachs 2023, Apollo 2024)',
  creditSpread: 'High-yield-like borrowers',
  duration: 'Profitable firms 10; the unprofitable 40% at 20',
  startPE: 'Russell 2000 forward P/E, late 2025',
  longRunPE: 'Average since 1998',
  dividendYield: 'Russell 2000, 2025',
  vol: '1993–2025: 19.7%; 2018–2025: 22.5%',
  growthUncertainty: 'Standard error of a growth rate from ~46 years of Russell 2000 data: ≈ 21%/√46 ≈ 3',
};

const LARGE_SOURCES: Partial<Record<EquityKey, string>> = {
  cyclicality: 'Reference: 1.0',
  interestBurden: 'Net debt/EBITDA about 1.5× for the S&P 500',
  debtRate: 'Interest/debt about 3.5%: debt termed out in 2020–21',
  floatingShare: '6–10% of S&P 500 debt floats (Goldman Sachs 2023)',
  creditSpread: 'Investment-grade borrowers',
  duration: 'Bernanke & Kuttner (2005): about +1% for a 25 bp surprise cut',
  startPE: 'FactSet, Oct 2025',
  longRunPE: '20-year average',
  dividendYield: 'S&P 500, 2025',
  vol: '1993–2025: 14.8%; 2018–2025: 16.6%',
  growthUncertainty: 'Standard error of a growth rate from ~100 years of S&P data: ≈ 15%/√100 = 1.5',
};

function specs(prefix: string, sources: Partial<Record<EquityKey, string>>): Record<string, FieldSpec> {
  const out: Record<string, FieldSpec> = {};
  for (const [key, spec] of Object.entries(BASE) as [EquityKey, FieldSpec][]) {
    out[`${prefix}.${key}`] = { ...spec, source: sources[key] ?? spec.source };
  }
  return out;
}

/** The order of the equity fields in the assumptions panel. */
export const EQUITY_KEYS = Object.keys(BASE) as EquityKey[];

/** Specs of the small-cap and large-cap fields, keyed by branch path ("smallCap.duration"). */
export const EQUITY_FIELD_SPECS: Record<string, FieldSpec> = {
  ...specs('smallCap', SMALL_SOURCES),
  ...specs('largeCap', LARGE_SOURCES),
};
