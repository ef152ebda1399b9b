import { describe, expect, it } from 'vitest';
import { embedCaption } from '../../../src/embed/embedCaption.ts';
import { defaultBranch, defaultScenario } from '../../../src/model/defaultScenario.ts';

describe('embedCaption(scenario, story)', () => {
  it('names the story, the Fed path in one line and the data date', () => {
    const scenario = defaultScenario();
    const caption = embedCaption(scenario, 'Two cuts (consensus)');
    expect(caption.story).toBe('Two cuts (consensus)');
    expect(caption.policy).toMatch(/^Fed path: two cuts \(−25 bp \w{3} \d{4}, −25 bp \w{3} \d{4}\) from \d+\.\d\d%$/);
    const hold = defaultScenario();
    hold.branches[0]!.policy.decisions = [];
    expect(embedCaption(hold, null).policy).toMatch(/^Fed path: on hold at \d+\.\d\d%$/);
    expect(caption.date).toBe(`Market data as of ${scenario.snapshot.date}`);
  });

  it('says "Custom scenario" once edited, and lists a blend’s stories with their weights', () => {
    const hold = { ...defaultBranch(), name: 'No\ncuts', weight: 0.4 };
    const scenario = { ...defaultScenario(), branches: [{ ...defaultBranch(), weight: 0.6 }, hold] };
    const caption = embedCaption(scenario, null);
    expect(caption.story).toBe('Custom scenario');
    expect(caption.policy).toMatch(/^Fed path: a blend of .+ 60%, No cuts 40%, from /);
    expect(caption.policy).not.toMatch(/\n/);
  });
});
