import { defineConfig } from 'vitest/config';

// Vitest settings for `npm run mutation` (StrykerJS, docs/engine.md "Mutation testing"): only the
// model's tests, no Svelte or build plugins (the model core is plain TypeScript). Not used by
// `npm test` or CI.
export default defineConfig({
  test: {
    include: ['test/model/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
