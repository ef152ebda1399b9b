import { describe, expect, test } from 'vitest';
import { defaultScenario } from '../../../src/model/defaultScenario.ts';
import { encodeScenario } from '../../../src/url/encodeScenario.ts';
import { scenarioFromLocation } from '../../../src/url/scenarioFromLocation.ts';
import { scenarioToSearch } from '../../../src/url/scenarioToSearch.ts';

describe('scenarioToSearch and scenarioFromLocation', () => {
  test('scenarioToSearch(s) is ?s= followed by the encoded scenario, unescaped', () => {
    expect(scenarioToSearch(defaultScenario())).toBe(`?s=${encodeScenario(defaultScenario())}`);
  });

  test('scenarioToSearch(s, extra) appends the other parameters in order, true as 1, dropping false and empty', () => {
    const search = scenarioToSearch(defaultScenario(), {
      embed: true,
      view: 'fan chart',
      controls: false,
      theme: undefined,
      compare: null,
      s: 'ignored',
    });
    expect(search).toBe(`?s=${encodeScenario(defaultScenario())}&embed=1&view=fan+chart`);
  });

  test('scenarioFromLocation reads back what scenarioToSearch wrote, with or without the ?', () => {
    const scenario = defaultScenario();
    scenario.months = 48;
    const search = scenarioToSearch(scenario, { embed: true });
    expect(scenarioFromLocation(search)).toEqual({ ok: true, scenario });
    expect(scenarioFromLocation(search.slice(1))).toEqual({ ok: true, scenario });
  });

  test('scenarioFromLocation returns null when the URL has no scenario and an error when it is bad', () => {
    expect(scenarioFromLocation('')).toBeNull();
    expect(scenarioFromLocation('?embed=1')).toBeNull();
    expect(scenarioFromLocation('?s=garbage')?.ok).toBe(false);
  });
});
