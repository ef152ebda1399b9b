/** One problem found in a scenario, phrased for a person and located by its path. */
export interface ScenarioError {
  /** Where the problem is, e.g. `branches[0].policy.surpriseVol` (empty for the whole input). */
  path: string;
  /** A short printable rendering of the value found, e.g. `NaN`, `"abc"`, `undefined`, `{…}`. */
  received: string;
  /** What would have been accepted, e.g. `a number from 0 to 5`. */
  allowed: string;
  /** One sentence saying what is wrong, e.g. `… must be a number from 0 to 5 (pp/√yr); got NaN`. */
  message: string;
}
