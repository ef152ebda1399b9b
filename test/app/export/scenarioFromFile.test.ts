import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioToFile } from '../../../src/export/scenarioToFile.ts';
import { defaultScenario } from '../../../src/model/defaultScenario.ts';

// scenarioFromFile validates through src/model/validateScenario.ts, written by another helper.
const validatorExists = existsSync(fileURLToPath(new URL('../../../src/model/validateScenario.ts', import.meta.url)));
const load = async () => (await import('../../../src/export/scenarioFromFile.ts')).scenarioFromFile;

describe.skipIf(!validatorExists)('scenarioFromFile(text)', () => {
  it('loads a saved file back to the same scenario', async () => {
    const scenarioFromFile = await load();
    expect(scenarioFromFile(scenarioToFile(defaultScenario()))).toEqual({ ok: true, scenario: defaultScenario() });
  });

  it('loads a bare scenario object', async () => {
    const scenarioFromFile = await load();
    expect(scenarioFromFile(JSON.stringify(defaultScenario()))).toEqual({ ok: true, scenario: defaultScenario() });
  });

  it('refuses an invalid scenario with the validation messages, naming the field', async () => {
    const scenarioFromFile = await load();
    const broken = { ...defaultScenario(), months: 'many' };
    const result = scenarioFromFile(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/months/);
  });

  it.each(['not json', '[]', '{"format":"x"}', `{"pad":"${'x'.repeat(1_000_001)}"}`])(
    'refuses %s without throwing',
    async (text) => {
      const scenarioFromFile = await load();
      const result = scenarioFromFile(text.slice(0, 2_000_000));
      expect(result.ok).toBe(false);
    },
  );
});
