import type { ShockAssumptions } from '../scenario.ts';
import { correlationIsPositiveDefinite } from './correlationIsPositiveDefinite.ts';
import { childPath, type ScenarioReader } from './ScenarioReader.ts';

const CORRELATIONS = ['smallLarge', 'bitcoinLarge', 'bitcoinSmall'] as const;
const FIELDS = [...CORRELATIONS, 'tailDf'] as const;

/** Reads a branch's residual-shock assumptions and checks that its correlations can coexist. */
export function readShocks(reader: ScenarioReader, value: unknown, path: string): ShockAssumptions | undefined {
  const fields = reader.object(value, path, FIELDS);
  if (!fields) return undefined;
  const correlations = reader.numbers(fields, path, 'shocks', CORRELATIONS);
  const tailDf = reader.nullableNumber(fields.tailDf, childPath(path, 'tailDf'), 'shocks.tailDf', 'normal shocks');
  const { smallLarge, bitcoinLarge, bitcoinSmall } = correlations;
  if (
    [smallLarge, bitcoinLarge, bitcoinSmall].every(Number.isFinite) &&
    !correlationIsPositiveDefinite(smallLarge, bitcoinLarge, bitcoinSmall)
  ) {
    reader.report(
      path,
      `${smallLarge}, ${bitcoinLarge}, ${bitcoinSmall}`,
      'correlations that form a positive definite matrix',
      `${path}: these three correlations cannot hold at the same time (small–large ${smallLarge}, ` +
        `bitcoin–large ${bitcoinLarge}, bitcoin–small ${bitcoinSmall} do not form a positive definite ` +
        'correlation matrix); bring bitcoin–large and bitcoin–small closer together or lower small–large',
    );
  }
  return { ...correlations, tailDf };
}
