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

describe('files of model v1 (schema 1)', () => {
  /** The default scenario as a v1 file wrote it: schema 1, none of the fields model v2 added. */
  function v1Scenario(): Record<string, unknown> {
    const s = JSON.parse(JSON.stringify(defaultScenario()));
    s.version = 1;
    delete s.snapshot.pricedDecisions;
    for (const b of s.branches) {
      delete b.policy.informationWeight;
      delete b.yields.stockBondCorrelation;
      delete b.backdrop.recoveryMonths;
      delete b.smallCap.growthUncertainty;
      delete b.largeCap.growthUncertainty;
    }
    return s;
  }

  it('a v1 file opens migrated to the v2 defaults, with a notice that its numbers now come from model v2', () => {
    const result = scenarioFromFile(JSON.stringify(v1Scenario()));
    expect(result).toEqual({ ok: true, scenario: defaultScenario(), notice: expect.stringMatching(/model v1 and opens in model v2/) });
  });

  it('a saved file records the model version that computed it', () => {
    expect(JSON.parse(scenarioToFile(defaultScenario())).modelVersion).toBe(2);
  });
});
