// The public API of the URL codec: scenarios in share links. This file only re-exports.
export { encodeScenario } from './encodeScenario.ts';
export { decodeScenario, MAX_ENCODED_LENGTH, type DecodeResult } from './decodeScenario.ts';
export { SAFE_LINK_LENGTH } from './safeLinkLength.ts';
export { scenarioFromLocation } from './scenarioFromLocation.ts';
export { scenarioToSearch, SCENARIO_PARAM, type SearchExtras } from './scenarioToSearch.ts';
export { migrations, type Migration } from './migrations.ts';
