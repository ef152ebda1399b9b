/** The CLI's help text, printed by --help and after a bad flag. */
export const CLI_USAGE = `Usage: npm run --silent simulate -- [options]

Runs the Rotation Lab Monte Carlo model and prints the summary as one JSON object on stdout.

Options:
  --preset ID          a preset or history replay id (default: consensus)
  --scenario FILE      a complete scenario file instead of a preset: every field is required, so
                       start from one saved by the app (Export → Scenario file) or printed by
                       --print-scenario (e.g. --preset consensus --print-scenario > scenario.json)
  --seed N             override the seed (unsigned 32-bit integer)
  --paths N            override the number of paths (100 to 1,000,000)
  --months N           override the horizon (6 to 120 months)
  --print-scenario     print the complete scenario (preset or file, after the flags) as a scenario
                       file instead of running it
  --list-presets       print the presets and history replays (id, title, claim) as JSON
  --help               print this text

Exit codes: 0 success, 2 bad flags or an invalid scenario (errors on stderr), 1 engine failure.
`;
