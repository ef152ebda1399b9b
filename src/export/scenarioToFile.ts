import { MODEL_VERSION, type Scenario } from '../model/scenario.ts';
import { describeScenario } from './describeScenario.ts';
import { SCENARIO_FILE_FORMAT, SCENARIO_FILE_VERSION, type ScenarioFile } from './scenarioFile.ts';

/** A scenario as the text of a `.json` file: pretty-printed, marked with its format and version. */
export function scenarioToFile(scenario: Scenario): string {
  const file: ScenarioFile = {
    format: SCENARIO_FILE_FORMAT,
    version: SCENARIO_FILE_VERSION,
    description: describeScenario(scenario),
    modelVersion: MODEL_VERSION,
    scenario,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
