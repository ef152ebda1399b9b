import { SCENARIO_LIMITS } from '../bounds.ts';
import type { InflationAssumptions, InflationShock } from '../scenario.ts';
import { childPath, type ScenarioReader } from './ScenarioReader.ts';

const SHOCK_FIELDS = ['size', 'start', 'duration'] as const;
const NUMERIC_FIELDS = ['target', 'persistence', 'surpriseVol'] as const;
const FIELDS = [...NUMERIC_FIELDS, 'shocks'] as const;

/** Reads a branch's inflation assumptions. */
export function readInflation(reader: ScenarioReader, value: unknown, path: string): InflationAssumptions | undefined {
  const fields = reader.object(value, path, FIELDS);
  if (!fields) return undefined;
  const shocksPath = childPath(path, 'shocks');
  const items = reader.array(fields.shocks, shocksPath, SCENARIO_LIMITS.maxInflationShocks, 'inflation shocks');
  const shocks: InflationShock[] = [];
  items?.forEach((item, i) => {
    const itemPath = childPath(shocksPath, i);
    const shock = reader.object(item, itemPath, SHOCK_FIELDS, 'an inflation shock {size, start, duration}');
    if (shock) shocks.push(reader.numbers(shock, itemPath, 'inflation.shocks[]', SHOCK_FIELDS));
  });
  return { ...reader.numbers(fields, path, 'inflation', NUMERIC_FIELDS), shocks };
}
