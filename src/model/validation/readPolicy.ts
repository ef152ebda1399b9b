import { SCENARIO_LIMITS } from '../bounds.ts';
import type { PolicyAssumptions, PolicyDecision } from '../scenario.ts';
import { childPath, type ScenarioReader } from './ScenarioReader.ts';

const DECISION_FIELDS = ['date', 'bp'] as const;
const RESPONSE_FIELDS = ['surpriseVol', 'surpriseReversion', 'inflationReaction'] as const;
const NEUTRAL_FIELDS = ['lowerBound', 'neutralRate', 'neutralHalfLife'] as const;
const FIELDS = ['decisions', ...RESPONSE_FIELDS, 'reactsToInflationShocks', ...NEUTRAL_FIELDS] as const;

/** Reads a branch's policy assumptions; duplicate decision dates are reported here. */
export function readPolicy(reader: ScenarioReader, value: unknown, path: string): PolicyAssumptions | undefined {
  const fields = reader.object(value, path, FIELDS);
  if (!fields) return undefined;
  const decisionsPath = childPath(path, 'decisions');
  const items = reader.array(fields.decisions, decisionsPath, SCENARIO_LIMITS.maxDecisions, 'decisions');
  const decisions: PolicyDecision[] = [];
  const seen = new Map<string, number>();
  items?.forEach((item, i) => {
    const itemPath = childPath(decisionsPath, i);
    const decision = reader.object(item, itemPath, DECISION_FIELDS, 'a decision {date, bp}');
    if (!decision) return;
    const date = reader.date(decision.date, childPath(itemPath, 'date'));
    const bp = reader.number(decision.bp, childPath(itemPath, 'bp'), 'policy.decisions[].bp');
    const first = seen.get(date);
    if (date !== '' && first !== undefined) {
      reader.report(
        childPath(itemPath, 'date'),
        JSON.stringify(date),
        'a date not used by another decision',
        `${itemPath}.date repeats ${date}, already used by decisions[${first}]; give each meeting one decision`,
      );
    }
    if (date !== '' && first === undefined) seen.set(date, i);
    decisions.push({ date, bp });
  });
  // Fields in the interface's order, so that a checked copy serializes exactly like the original.
  return {
    decisions,
    ...reader.numbers(fields, path, 'policy', RESPONSE_FIELDS),
    reactsToInflationShocks: reader.boolean(fields.reactsToInflationShocks, childPath(path, 'reactsToInflationShocks')),
    ...reader.numbers(fields, path, 'policy', NEUTRAL_FIELDS),
  };
}
