// Command-line runner: `npm run --silent simulate -- --preset consensus --paths 2000`.
import {
  PRESETS,
  REPLAYS,
  simulate,
  summaryToJson,
  validateScenario,
  type ScenarioError,
} from '../model/index.ts';
import { scenarioToFile } from '../export/scenarioToFile.ts';
import { cliErrorLines } from './cliErrorLines.ts';
import { CLI_USAGE } from './cliUsage.ts';
import { loadCliScenario } from './loadCliScenario.ts';
import { CliUsageError, parseCliArgs, type CliRequest } from './parseCliArgs.ts';

const EXIT_FAILURE = 1;
const EXIT_BAD_INPUT = 2;

function printErrors(errors: readonly ScenarioError[]): void {
  for (const line of cliErrorLines(errors)) process.stderr.write(`${line}\n`);
}

function run(request: Extract<CliRequest, { kind: 'run' }>): number {
  const loaded = loadCliScenario(request.preset, request.scenarioFile);
  if (!loaded.ok) {
    printErrors(loaded.errors);
    return EXIT_BAD_INPUT;
  }
  // Validate before and after the overrides, so an error names the file's field, not the flag's.
  const checked = validateScenario(loaded.scenario);
  if (!checked.ok) {
    printErrors(checked.errors);
    return EXIT_BAD_INPUT;
  }
  if (checked.migratedFrom !== undefined) {
    process.stderr.write(`note: ${loaded.title} is a schema v${checked.migratedFrom} scenario; it runs in model v2, so its numbers differ from v1's.\n`);
  }
  const final = validateScenario({ ...checked.scenario, ...request.overrides });
  if (!final.ok) {
    printErrors(final.errors);
    return EXIT_BAD_INPUT;
  }
  if (request.printScenario) {
    process.stdout.write(scenarioToFile(final.scenario));
    return 0;
  }
  const summary = simulate(final.scenario);
  const output = { scenario: { id: loaded.id, title: loaded.title }, ...(summaryToJson(summary) as object) };
  process.stdout.write(`${JSON.stringify(output)}\n`);
  return 0;
}

function list(): void {
  const entries = (items: readonly { id: string; title: string; claim: string }[]) =>
    items.map(({ id, title, claim }) => ({ id, title, claim }));
  process.stdout.write(`${JSON.stringify({ presets: entries(PRESETS), replays: entries(REPLAYS) }, null, 2)}\n`);
}

function main(args: readonly string[]): number {
  let request: CliRequest;
  try {
    request = parseCliArgs(args);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    process.stderr.write(`simulate: ${error.message}\n\n${CLI_USAGE}`);
    return EXIT_BAD_INPUT;
  }
  if (request.kind === 'help') {
    process.stdout.write(CLI_USAGE);
    return 0;
  }
  if (request.kind === 'list') {
    list();
    return 0;
  }
  try {
    return run(request);
  } catch (error) {
    process.stderr.write(`simulate: the engine failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

// exitCode rather than exit(): a large JSON on a pipe must be flushed before the process ends.
process.exitCode = main(process.argv.slice(2));
