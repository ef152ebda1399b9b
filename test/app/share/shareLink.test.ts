import { describe, expect, it } from 'vitest';
import { readShareLink, searchWithScenario } from '../../../src/app/shareLink.ts';
import { defaultScenario, presetById, replayById, SCHEMA_VERSION } from '../../../src/model/index.ts';
import { encodeScenario, type Migration } from '../../../src/url/index.ts';
import { toBase64Url } from '../../../src/url/toBase64Url.ts';
import { migrations } from '../../../src/url/migrations.ts';

const consensus = presetById('consensus')!;
const replay = replayById('cut-1995')!;

describe('searchWithScenario(search, scenario, origin) and readShareLink(search)', () => {
  it('round-trip the scenario and the preset it came from, bit for bit', () => {
    const scenario = { ...consensus.scenario(), seed: 7, paths: 20_000 };
    const search = searchWithScenario('', scenario, { presetId: 'consensus', replayId: null });
    expect(readShareLink(search)).toEqual({ scenario, message: null, presetId: 'consensus', replayId: null });
  });

  it('round-trip a replay, so a replay link keeps its realized-outcome marks', () => {
    const search = searchWithScenario('', replay.scenario(), { presetId: null, replayId: replay.id });
    expect(readShareLink(search)).toMatchObject({ presetId: null, replayId: replay.id });
  });

  it('keep every other parameter (embed layout, a compare scenario a=) in its place', () => {
    const search = searchWithScenario('?a=v1.e30&s=old&embed=1&view=small,large', defaultScenario(), {
      presetId: null,
      replayId: null,
    });
    const params = new URLSearchParams(search);
    expect([...params.keys()]).toEqual(['a', 's', 'embed', 'view']);
    expect(params.get('a')).toBe('v1.e30');
    expect(search).toContain('view=small,large');
  });

  it('drop a preset or replay parameter once the origin is cleared', () => {
    const search = searchWithScenario('?s=x&preset=consensus&replay=cut-1995', defaultScenario(), {
      presetId: null,
      replayId: null,
    });
    expect(new URLSearchParams(search).has('preset')).toBe(false);
    expect(new URLSearchParams(search).has('replay')).toBe(false);
  });
});

describe('readShareLink(search)', () => {
  it('reads nothing from a page without a scenario', () => {
    expect(readShareLink('')).toEqual({ scenario: null, message: null, presetId: null, replayId: null });
    expect(readShareLink('?embed=1&preset=consensus').scenario).toBeNull();
  });

  it.each([
    ['garbage', /not a Rotation Lab scenario link/],
    ['v1.!!!', /not a Rotation Lab scenario link/],
    [`v1.${toBase64Url('{')}`, /damaged \(bad data\)/],
    [`v1.${toBase64Url('{"paths":-5}')}`, /not valid/],
    [`v99.${toBase64Url('{}')}`, /newer version/],
    [`v0.${toBase64Url('{}')}`, /format v0 are no longer supported/],
  ])('explains why %s cannot be read and falls back to the default scenario', (encoded, reason) => {
    const link = readShareLink(`?s=${encoded}`);
    expect(link.scenario).toBeNull();
    expect(link.message).toMatch(reason);
    expect(link.message).toMatch(/Showing the default scenario instead\.$/);
  });

  it('ignores a preset or replay id it does not know', () => {
    const search = `?s=${encodeScenario(defaultScenario())}&preset=nope&replay=__proto__`;
    expect(readShareLink(search)).toMatchObject({ presetId: null, replayId: null });
  });

  it('migrates a link of an older schema version with the migration table and says so', () => {
    const fixture: Record<number, Migration> = {
      0: ({ horizon, ...rest }) => (horizon === undefined ? rest : { ...rest, months: horizon }),
      1: migrations[1]!,
    };
    const link = readShareLink(`?s=v0.${toBase64Url('{"horizon":36,"seed":9}')}`, fixture);
    expect(link.scenario).toMatchObject({ months: 36, seed: 9, version: SCHEMA_VERSION });
    expect(link.message).toMatch(/older format \(v0\) and has been updated/);
  });
});
