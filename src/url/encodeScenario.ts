import { SCHEMA_VERSION, type Scenario } from '../model/scenario.ts';
import { compactScenario } from './compactScenario.ts';
import { toBase64Url } from './toBase64Url.ts';

/**
 * A compact, URL-safe text for a scenario: `v<schema version>.` followed by the base64url of the
 * JSON of what differs from the defaults. JSON writes each number in its shortest exact form, so
 * every finite number round-trips.
 */
export function encodeScenario(scenario: Scenario): string {
  return `v${SCHEMA_VERSION}.${toBase64Url(JSON.stringify(compactScenario(scenario)))}`;
}
