import { describe, expect, it } from 'vitest';
import { readShareLink, searchWithScenario } from '../../src/app/shareLink.ts';
import { defaultScenario } from '../../src/model/index.ts';

describe('share link', () => {
  it('round-trips a scenario through the query string and keeps other parameters', () => {
    const scenario = { ...defaultScenario(), seed: 42, paths: 20_000 };
    const search = searchWithScenario('?embed=1&s=old', scenario);
    expect(new URLSearchParams(search).get('embed')).toBe('1');
    expect(readShareLink(search).scenario).toEqual(scenario);
  });

  it('reads nothing from a page without a scenario and explains an unreadable one', () => {
    expect(readShareLink('')).toEqual({ scenario: null, message: null });
    const bad = readShareLink('?s=garbage');
    expect(bad.scenario).toBeNull();
    expect(bad.message).toMatch(/default scenario/);
  });
});
