import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test files that take far longer than their size suggests (fuzzers of 10,000 cases, the CLI's
 * child processes, the quantile accuracy sweep), slowest first.
 */
export const SLOW_FILES = [
  'test/app/fuzz/decodeScenario.fuzz.test.ts',
  'test/cli/simulate.test.ts',
  'test/model/quantileAccuracy.test.ts',
  'test/app/fuzz/validateScenario.fuzz.test.ts',
  'test/app/fuzz/cornersFinite.test.ts',
  'test/app/fuzz/scenarioFromFile.fuzz.test.ts',
];

/**
 * Vitest's order (files without a recorded duration by size, larger first; with one, longer
 * first), except that the files of SLOW_FILES start first. On a fresh clone Vitest has no
 * durations yet, and these small files would start last, leaving one worker alone with a long
 * file at the end (issue 12 item 14). Only the order changes: every file and test still runs.
 */
export class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification): number => {
      const index = SLOW_FILES.findIndex((slow) => file.moduleId.endsWith(`/${slow}`));
      return index === -1 ? SLOW_FILES.length : index;
    };
    // Array.prototype.sort is stable: the other files keep Vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
