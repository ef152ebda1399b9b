import { SCENARIO_LIMITS } from '../bounds.ts';
import type { YieldAssumptions, YieldShock } from '../scenario.ts';
import { childPath, type ScenarioReader } from './ScenarioReader.ts';

const SHOCK_FIELDS = ['size', 'start', 'permanent', 'halfLife'] as const;
const NUMERIC_FIELDS = ['inflationBeta', 'termPremiumVol', 'termPremiumReversion', 'stockBondCorrelation'] as const;
const FIELDS = ['shocks', ...NUMERIC_FIELDS] as const;

/** Reads a branch's long-yield assumptions. */
export function readYields(reader: ScenarioReader, value: unknown, path: string): YieldAssumptions | undefined {
  const fields = reader.object(value, path, FIELDS);
  if (!fields) return undefined;
  const shocksPath = childPath(path, 'shocks');
  const items = reader.array(fields.shocks, shocksPath, SCENARIO_LIMITS.maxYieldShocks, 'yield shocks');
  const shocks: YieldShock[] = [];
  items?.forEach((item, i) => {
    const itemPath = childPath(shocksPath, i);
    const shock = reader.object(item, itemPath, SHOCK_FIELDS, 'a yield shock {size, start, permanent, halfLife}');
    if (!shock) return;
    shocks.push({
      size: reader.number(shock.size, childPath(itemPath, 'size'), 'yields.shocks[].size'),
      start: reader.number(shock.start, childPath(itemPath, 'start'), 'yields.shocks[].start'),
      permanent: reader.boolean(shock.permanent, childPath(itemPath, 'permanent')),
      halfLife: reader.number(shock.halfLife, childPath(itemPath, 'halfLife'), 'yields.shocks[].halfLife'),
    });
  });
  return { shocks, ...reader.numbers(fields, path, 'yields', NUMERIC_FIELDS) };
}
