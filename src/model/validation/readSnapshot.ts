import type { Snapshot } from '../scenario.ts';
import { readDecisions } from './readDecisions.ts';
import { childPath, type ScenarioReader } from './ScenarioReader.ts';

const NUMERIC_FIELDS = ['policyRate', 'tenYear', 'inflation', 'smallCap', 'largeCap', 'bitcoin'] as const;
const FIELDS = ['date', ...NUMERIC_FIELDS, 'pricedDecisions'] as const;

/** Reads the start snapshot, with the decisions the market priced on its date. */
export function readSnapshot(reader: ScenarioReader, value: unknown, path: string): Snapshot | undefined {
  const fields = reader.object(value, path, FIELDS);
  if (!fields) return undefined;
  return {
    date: reader.date(fields.date, childPath(path, 'date')),
    ...reader.numbers(fields, path, 'snapshot', NUMERIC_FIELDS),
    pricedDecisions: readDecisions(reader, fields.pricedDecisions, childPath(path, 'pricedDecisions')),
  };
}
