import { describe, expect, it } from 'vitest';
import { scenarioFromBlob } from '../../../src/export/scenarioFromBlob.ts';
import { scenarioFromFile } from '../../../src/export/scenarioFromFile.ts';
import { scenarioToFile } from '../../../src/export/scenarioToFile.ts';
import { defaultScenario } from '../../../src/model/defaultScenario.ts';

describe('scenarioFromFile(text)', () => {
  it('loads a saved file back to the same scenario', () => {
    expect(scenarioFromFile(scenarioToFile(defaultScenario()))).toEqual({ ok: true, scenario: defaultScenario() });
  });

  it('loads a bare scenario object', () => {
    expect(scenarioFromFile(JSON.stringify(defaultScenario()))).toEqual({ ok: true, scenario: defaultScenario() });
  });

  it('refuses an invalid scenario with one validation message per problem, each naming its field', () => {
    const broken = { ...defaultScenario(), months: 'many', seed: -1 };
    const result = scenarioFromFile(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(2);
      expect(result.errors.some((e) => e.startsWith('months'))).toBe(true);
      expect(result.errors.some((e) => e.startsWith('seed'))).toBe(true);
    }
  });

  it.each([
    ['not JSON', 'not json'],
    ['an array', '[]'],
    ['a wrong marker', '{"format":"x"}'],
    ['a wrapped file holding no object', '{"format":"rotation-lab-scenario","version":1,"scenario":null}'],
    ['over 1 MB', `{"pad":"${'x'.repeat(1_000_001)}"}`],
  ])('refuses %s without throwing', (_name, text) => {
    const result = scenarioFromFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });
});

describe('scenarioFromBlob(file)', () => {
  it('reads a picked file', async () => {
    const file = new Blob([scenarioToFile(defaultScenario())], { type: 'application/json' });
    expect(await scenarioFromBlob(file)).toEqual({ ok: true, scenario: defaultScenario() });
  });

  it('refuses a file over 1 MB before reading it', async () => {
    const huge = { size: 2_000_000, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    const result = await scenarioFromBlob(huge);
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/larger than 1 MB/)] });
  });

  it('turns a read failure into a message instead of a rejection', async () => {
    const broken = { size: 10, text: () => Promise.reject(new Error('disk gone')) } as unknown as Blob;
    expect(await scenarioFromBlob(broken)).toEqual({ ok: false, errors: ['The file could not be read as text.'] });
  });
});
