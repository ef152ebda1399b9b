import type { PolicyAssumptions } from '../scenario.ts';
import { readDecisions } from './readDecisions.ts';
import { childPath, type ScenarioReader } from './ScenarioReader.ts';

const RESPONSE_FIELDS = ['surpriseVol', 'surpriseReversion', 'inflationReaction'] as const;
const NEUTRAL_FIELDS = ['lowerBound', 'neutralRate', 'neutralHalfLife', 'informationWeight'] as const;
const FIELDS = ['decisions', ...RESPONSE_FIELDS, 'reactsToInflationShocks', ...NEUTRAL_FIELDS] as const;

/** Reads a branch's policy assumptions; duplicate decision dates are reported here. */
export function readPolicy(reader: ScenarioReader, value: unknown, path: string): PolicyAssumptions | undefined {
  const fields = reader.object(value, path, FIELDS);
  if (!fields) return undefined;
  // Fields in the interface's order, so that a checked copy serializes exactly like the original.
  return {
    decisions: readDecisions(reader, fields.decisions, childPath(path, 'decisions')),
    ...reader.numbers(fields, path, 'policy', RESPONSE_FIELDS),
    reactsToInflationShocks: reader.boolean(fields.reactsToInflationShocks, childPath(path, 'reactsToInflationShocks')),
    ...reader.numbers(fields, path, 'policy', NEUTRAL_FIELDS),
  };
}
