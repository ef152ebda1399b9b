import { DEFAULT_PRESET_ID, defaultScenario } from '../model/index.ts';
import type { Branch, Scenario } from '../model/index.ts';

/** The scenario being edited, shared by the controls, the runner and the URL. */
export class ScenarioState {
  /** The whole scenario; controls mutate it in place (it is a deep $state proxy). */
  scenario = $state<Scenario>(defaultScenario());
  /** Index of the mixture branch the controls edit. */
  activeBranch = $state(0);
  /** True while the user drags a control: the runner shows a quick preview until it ends. */
  interacting = $state(false);
  /** Id of the preset last loaded (the default scenario is the default preset), or null once the user edits freely. */
  presetId = $state<string | null>(DEFAULT_PRESET_ID);
  /** Id of the history replay loaded (set by the preset picker), or null when not a replay. */
  replayId = $state<string | null>(null);
  /** The branch the controls edit. */
  branch: Branch = $derived(this.scenario.branches[this.activeBranch] ?? this.scenario.branches[0]);

  /** Replaces the scenario (preset, replay, link or file). */
  load(next: Scenario): void {
    this.scenario = next;
    this.activeBranch = 0;
  }
}
