import { SCENARIO_LIMITS } from '../bounds.ts';
import type { PolicyDecision } from '../scenario.ts';
import { childPath, type ScenarioReader } from './ScenarioReader.ts';

const DECISION_FIELDS = ['date', 'bp'] as const;

/** Reads a list of Fed decisions {date, bp}; a date used twice is reported on the second use. */
export function readDecisions(reader: ScenarioReader, value: unknown, path: string): PolicyDecision[] {
  const items = reader.array(value, path, SCENARIO_LIMITS.maxDecisions, 'decisions');
  const decisions: PolicyDecision[] = [];
  const seen = new Map<string, number>();
  items?.forEach((item, i) => {
    const itemPath = childPath(path, i);
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
        `${itemPath}.date repeats ${date}, already used by [${first}]; give each meeting one decision`,
      );
    }
    if (date !== '' && first === undefined) seen.set(date, i);
    decisions.push({ date, bp });
  });
  return decisions;
}
