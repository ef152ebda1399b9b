import { parseArgs } from 'node:util';

/** What the command line asked for. */
export type CliRequest =
  | { kind: 'help' }
  | { kind: 'list' }
  | {
      kind: 'run';
      preset?: string;
      scenarioFile?: string;
      /** Print the complete scenario (after the overrides) as a scenario file instead of running it. */
      printScenario: boolean;
      overrides: { seed?: number; paths?: number; months?: number };
    };

/** A command line the CLI cannot act on; the message says why, and usage follows it. */
export class CliUsageError extends Error {}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Parses the flags of `simulate`; throws CliUsageError for unknown flags, missing or non-numeric values. */
export function parseCliArgs(args: readonly string[]): CliRequest {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        preset: { type: 'string' },
        scenario: { type: 'string' },
        seed: { type: 'string' },
        paths: { type: 'string' },
        months: { type: 'string' },
        'list-presets': { type: 'boolean' },
        'print-scenario': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { kind: 'help' };
  if (values['list-presets']) return { kind: 'list' };
  if (values.preset !== undefined && values.scenario !== undefined) {
    throw new CliUsageError('give either --preset or --scenario, not both');
  }
  const overrides: { seed?: number; paths?: number; months?: number } = {};
  for (const name of ['seed', 'paths', 'months'] as const) {
    const text = values[name];
    if (text === undefined) continue;
    // Range checks are the validator's job; here only "is it a number at all".
    if (!NUMBER.test(text)) throw new CliUsageError(`--${name} needs a number; got ${JSON.stringify(text)}`);
    overrides[name] = Number(text);
  }
  return {
    kind: 'run',
    preset: values.preset,
    scenarioFile: values.scenario,
    printScenario: values['print-scenario'] === true,
    overrides,
  };
}
