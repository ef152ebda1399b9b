import type { Backdrop, BitcoinAssumptions, EquityAssumptions } from '../scenario.ts';
import type { ScenarioReader } from './ScenarioReader.ts';

const BACKDROP_FIELDS = ['growthShock', 'growthRiskPremium', 'riskAppetite', 'inflationRiskPremium', 'recoveryMonths'] as const;
const EQUITY_FIELDS = [
  'earningsGrowth',
  'cyclicality',
  'interestBurden',
  'debtRate',
  'floatingShare',
  'refinanceRate',
  'creditSpread',
  'duration',
  'startPE',
  'longRunPE',
  'valuationHalfLife',
  'dividendYield',
  'vol',
  'growthUncertainty',
] as const;
const BITCOIN_FIELDS = ['drift', 'rateSensitivity', 'jumpIntensity', 'jumpMean', 'jumpVol', 'vol'] as const;

// Compile-time check that the lists above name every field of their interfaces.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const listsAreComplete: [
  Exactly<(typeof BACKDROP_FIELDS)[number], keyof Backdrop>,
  Exactly<(typeof EQUITY_FIELDS)[number], keyof EquityAssumptions>,
  Exactly<(typeof BITCOIN_FIELDS)[number], keyof BitcoinAssumptions>,
] = [true, true, true];
void listsAreComplete;

/** Reads a branch's growth backdrop and risk appetite. */
export function readBackdrop(reader: ScenarioReader, value: unknown, path: string): Backdrop | undefined {
  const fields = reader.object(value, path, BACKDROP_FIELDS);
  return fields && reader.numbers(fields, path, 'backdrop', BACKDROP_FIELDS);
}

/** Reads one equity index's assumptions (`asset` picks the bounds' labels). */
export function readEquity(
  reader: ScenarioReader,
  value: unknown,
  path: string,
  asset: 'smallCap' | 'largeCap',
): EquityAssumptions | undefined {
  const fields = reader.object(value, path, EQUITY_FIELDS);
  return fields && reader.numbers(fields, path, asset, EQUITY_FIELDS);
}

/** Reads bitcoin's assumptions. */
export function readBitcoin(reader: ScenarioReader, value: unknown, path: string): BitcoinAssumptions | undefined {
  const fields = reader.object(value, path, BITCOIN_FIELDS);
  return fields && reader.numbers(fields, path, 'bitcoin', BITCOIN_FIELDS);
}
