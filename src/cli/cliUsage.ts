/** The CLI's help text, printed by --help and after a bad flag. */
export const CLI_USAGE = `Usage: npm run --silent simulate -- [options]

Runs the Rotation Lab Monte Carlo model and prints the summary as one JSON object on stdout.

Options:
  --preset ID          a preset or history replay id (default: consensus)
  --scenario FILE      a scenario JSON file (schema version 1) instead of a preset
  --seed N             override the seed (unsigned 32-bit integer)
  --paths N            override the number of paths (100 to 1,000,000)
  --months N           override the horizon (6 to 120 months)
  --list-presets       print the presets and history replays (id, title, claim) as JSON
  --help               print this text

Exit codes: 0 success, 2 bad flags or an invalid scenario (errors on stderr), 1 engine failure.
`;
