import { SCENARIO_LIMITS } from '../bounds.ts';
import type { Branch } from '../scenario.ts';
import { readInflation } from './readInflation.ts';
import { readBackdrop, readBitcoin, readEquity } from './readMarkets.ts';
import { readPolicy } from './readPolicy.ts';
import { readShocks } from './readShocks.ts';
import { readYields } from './readYields.ts';
import { childPath, type ScenarioReader } from './ScenarioReader.ts';

const FIELDS = [
  'name',
  'weight',
  'policy',
  'inflation',
  'yields',
  'backdrop',
  'smallCap',
  'largeCap',
  'bitcoin',
  'shocks',
] as const;

/**
 * Reads one branch into a fresh object; parts that failed are left undefined, which is harmless
 * because the caller discards the result whenever the reader holds an error.
 */
export function readBranch(reader: ScenarioReader, value: unknown, path: string): Branch | undefined {
  const fields = reader.object(value, path, FIELDS, 'a branch object');
  if (!fields) return undefined;
  const at = (key: string) => childPath(path, key);
  return {
    name: reader.text(fields.name, at('name'), SCENARIO_LIMITS.maxNameLength),
    weight: reader.number(fields.weight, at('weight'), 'weight'),
    policy: readPolicy(reader, fields.policy, at('policy')),
    inflation: readInflation(reader, fields.inflation, at('inflation')),
    yields: readYields(reader, fields.yields, at('yields')),
    backdrop: readBackdrop(reader, fields.backdrop, at('backdrop')),
    smallCap: readEquity(reader, fields.smallCap, at('smallCap'), 'smallCap'),
    largeCap: readEquity(reader, fields.largeCap, at('largeCap'), 'largeCap'),
    bitcoin: readBitcoin(reader, fields.bitcoin, at('bitcoin')),
    shocks: readShocks(reader, fields.shocks, at('shocks')),
  } as Branch;
}
