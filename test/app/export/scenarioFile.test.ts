import { describe, expect, it } from 'vitest';
import { scenarioToFile } from '../../../src/export/scenarioToFile.ts';
import { unwrapScenarioFile } from '../../../src/export/unwrapScenarioFile.ts';
import { MAX_SCENARIO_FILE_BYTES, SCENARIO_FILE_FORMAT } from '../../../src/export/scenarioFile.ts';
import { defaultScenario } from '../../../src/model/defaultScenario.ts';

describe('scenarioToFile(scenario)', () => {
  const text = scenarioToFile(defaultScenario());

  it('writes pretty JSON with the format marker, the wrapper version and a description first', () => {
    expect(text.startsWith(`{\n  "format": "${SCENARIO_FILE_FORMAT}",\n  "version": 1,\n  "description": "Two cuts`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('holds the scenario unchanged', () => {
    expect(JSON.parse(text).scenario).toEqual(defaultScenario());
  });
});

describe('unwrapScenarioFile(text)', () => {
  it('takes the scenario out of a saved file', () => {
    expect(unwrapScenarioFile(scenarioToFile(defaultScenario()))).toEqual({ ok: true, candidate: defaultScenario() });
  });

  it('accepts a bare scenario object, and a file with a byte-order mark', () => {
    const bare = JSON.stringify(defaultScenario());
    expect(unwrapScenarioFile(bare)).toEqual({ ok: true, candidate: defaultScenario() });
    expect(unwrapScenarioFile(`\uFEFF${bare}`)).toEqual({ ok: true, candidate: defaultScenario() });
  });

  it.each([
    ['text that is not JSON', 'not json', /not JSON/],
    ['an empty file', '', /not JSON/],
    ['a JSON array', '[1, 2]', /not a scenario object/],
    ['JSON null', 'null', /not a scenario object/],
    ['a JSON string', '"scenario"', /not a scenario object/],
    ['a wrong marker', '{"format": "something-else", "version": 1, "scenario": {}}', /not a Rotation Lab scenario/],
    ['a newer wrapper version', `{"format": "${SCENARIO_FILE_FORMAT}", "version": 2, "scenario": {}}`, /newer Rotation Lab/],
    ['a wrapper without its scenario', `{"format": "${SCENARIO_FILE_FORMAT}", "version": 1}`, /no "scenario"/],
    ['more than 1 MB', `{"pad": "${'x'.repeat(MAX_SCENARIO_FILE_BYTES)}"}`, /larger than 1 MB/],
    ['1 MB of multi-byte text', `{"pad": "${'€'.repeat(MAX_SCENARIO_FILE_BYTES / 3 + 1)}"}`, /larger than 1 MB/],
  ])('refuses %s with a plain message, without throwing', (_name, text, message) => {
    const result = unwrapScenarioFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(message);
    }
  });

  it('refuses a value that is not a string without throwing', () => {
    expect(unwrapScenarioFile(42 as unknown as string).ok).toBe(false);
  });
});
