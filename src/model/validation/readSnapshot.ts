import type { Snapshot } from '../scenario.ts';
import { childPath, type ScenarioReader } from './ScenarioReader.ts';

const NUMERIC_FIELDS = ['policyRate', 'tenYear', 'inflation', 'smallCap', 'largeCap', 'bitcoin'] as const;
const FIELDS = ['date', ...NUMERIC_FIELDS] as const;

/** Reads the start snapshot. */
export function readSnapshot(reader: ScenarioReader, value: unknown, path: string): Snapshot | undefined {
  const fields = reader.object(value, path, FIELDS);
  if (!fields) return undefined;
  return {
    date: reader.date(fields.date, childPath(path, 'date')),
    ...reader.numbers(fields, path, 'snapshot', NUMERIC_FIELDS),
  };
}
