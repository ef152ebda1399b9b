import { describe, expect, it } from 'vitest';
import { StoryMedians, STORY_PATHS, storyScenario } from '../../../src/blend/StoryMedians.svelte.ts';
import { presetById, simulate, type Scenario, type SimulationPartial } from '../../../src/model/index.ts';
import type { SimulationBackend } from '../../../src/pool/backend.ts';

/** A backend that runs the model in the test's own thread and counts its calls. */
function inlineBackend(calls: Scenario[] = []): SimulationBackend<SimulationPartial> {
  return {
    size: 1,
    simulate: () => Promise.reject(new Error('not used')),
    summarize: () => Promise.reject(new Error('not used')),
    merge: () => Promise.reject(new Error('not used')),
    simulateSummarized: async (scenario) => {
      calls.push(scenario);
      return { part: null as never, run: { summary: simulate(scenario), partial: null as never } };
    },
    dispose: () => {},
  };
}

function blend(): Scenario {
  const scenario = presetById('blended')!.scenario();
  scenario.paths = 600;
  return scenario;
}

describe('storyScenario(blend, index)', () => {
  it('is the branch alone at weight 1, with the blend’s start, horizon and seed and at most STORY_PATHS paths', () => {
    const scenario = blend();
    scenario.paths = 50_000;
    const story = storyScenario(scenario, 1);
    expect(story.branches).toHaveLength(1);
    expect(story.branches[0]).toMatchObject({ name: scenario.branches[1]!.name, weight: 1 });
    expect(story).toMatchObject({ seed: scenario.seed, months: scenario.months, snapshot: scenario.snapshot, paths: STORY_PATHS });
  });
});

describe('StoryMedians', () => {
  it('computes each story’s median on its own, in the blend’s order, with name and weight', async () => {
    const calls: Scenario[] = [];
    const stories = new StoryMedians(() => inlineBackend(calls));
    const scenario = blend();
    await stories.show(scenario);
    expect(stories.busy).toBe(false);
    expect(stories.medians.map((m) => [m.name, m.weight])).toEqual(scenario.branches.map((b) => [b.name, b.weight]));
    expect(calls.every((c) => c.branches.length === 1)).toBe(true);
    const alone = simulate(storyScenario(scenario, 2));
    expect([...stories.medians[2]!.p50.smallCap]).toEqual([...alone.fans.smallCap.p50]);
    expect(stories.medians[0]!.p50.relative).toHaveLength(scenario.months + 1);
  });

  it('drops what an older request was computing once cleared', async () => {
    const stories = new StoryMedians(() => inlineBackend());
    const pending = stories.show(blend());
    stories.clear();
    await pending;
    expect(stories.medians).toEqual([]);
    expect(stories.busy).toBe(false);
  });
});
