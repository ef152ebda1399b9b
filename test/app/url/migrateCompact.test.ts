import { describe, expect, test } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/model/scenario.ts';
import { decodeScenario } from '../../../src/url/decodeScenario.ts';
import { migrateCompact } from '../../../src/url/migrateCompact.ts';
import { migrations, type Migration } from '../../../src/url/migrations.ts';
import { toBase64Url } from '../../../src/url/toBase64Url.ts';

/** A fixture: a hypothetical format v0 that called the horizon `horizon` instead of `months`. */
const fixtureMigrations: Record<number, Migration> = {
  0: ({ horizon, ...rest }) => (horizon === undefined ? rest : { ...rest, months: horizon }),
  1: migrations[1]!,
};

describe('migrateCompact(compact, version)', () => {
  test('every published migration step exists from the first version up to the current one', () => {
    for (let version = 1; version < SCHEMA_VERSION; version++) expect(migrations[version]).toBeTypeOf('function');
  });

  test('the current version passes through unchanged, without a migratedFrom', () => {
    expect(migrateCompact({ months: 36 }, SCHEMA_VERSION)).toEqual({ ok: true, compact: { months: 36 } });
  });

  test('an older version runs each step up to the current version and says where it came from', () => {
    expect(migrateCompact({ horizon: 36 }, 0, fixtureMigrations)).toEqual({
      ok: true,
      compact: { months: 36 },
      migratedFrom: 0,
    });
  });

  test('a version with no migration path, or a newer version, is an error', () => {
    expect(migrateCompact({}, 0).ok).toBe(false);
    const newer = migrateCompact({}, SCHEMA_VERSION + 1);
    expect(newer.ok).toBe(false);
    expect(!newer.ok && newer.error).toMatch(/newer version/);
  });

  test('a v1 link (model v1) opens in model v2 with a notice that its numbers now come from model v2', () => {
    const result = decodeScenario(`v1.${toBase64Url('{"months":36}')}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.months).toBe(36);
    expect(result.scenario.snapshot.pricedDecisions).toHaveLength(2);
    expect(result.notice).toMatch(/model v1 and opens in model v2/);
  });

  test('a v1 link with another snapshot date gets no priced path (v1 priced nothing; the default one belongs to 2025-12-11)', () => {
    const compact = { snapshot: { date: '2030-01-15', policyRate: 3 }, branches: [{ policy: { decisions: [] } }] };
    const result = decodeScenario(`v1.${toBase64Url(JSON.stringify(compact))}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.snapshot.pricedDecisions).toEqual([]);
  });

  test('decodeScenario migrates a v0 link with the migration table and says so in a notice', () => {
    const result = decodeScenario(`v0.${toBase64Url('{"horizon":36}')}`, fixtureMigrations);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.months).toBe(36);
    expect(result.scenario.version).toBe(SCHEMA_VERSION);
    expect(result.notice).toMatch(/older format \(v0\)/);
  });
});
