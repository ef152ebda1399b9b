import { SCHEMA_VERSION, type Scenario } from '../model/scenario.ts';
import { compactScenario } from './compactScenario.ts';
import { deflateText } from './deflateText.ts';
import { toBase64Url } from './toBase64Url.ts';

/**
 * A compact, URL-safe text for a scenario, from the JSON of what differs from the defaults (JSON
 * writes each number in its shortest exact form, so every finite number round-trips): either
 * `v<schema version>.` and that JSON as base64url, or `z<schema version>.` and the JSON compressed
 * with raw DEFLATE, whichever is shorter (a small scenario stays readable as `v2.e30`; a busy one
 * shrinks to about a third).
 */
export function encodeScenario(scenario: Scenario): string {
  const json = JSON.stringify(compactScenario(scenario));
  const plain = `v${SCHEMA_VERSION}.${toBase64Url(json)}`;
  // A deflated text is at least a few bytes: not worth computing for the smallest scenarios.
  if (plain.length < 64) return plain;
  const compressed = `z${SCHEMA_VERSION}.${deflateText(json)}`;
  return compressed.length < plain.length ? compressed : plain;
}
