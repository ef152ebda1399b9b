/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy.ts';
import { offlineCache } from './scripts/offlineCache.ts';
import { compileHints } from './scripts/compileHints.ts';

/** Not Vitest's: the end-to-end tests (Playwright) and the benchmarks. */
const NOT_UNIT = ['test/e2e/**', 'test/bench/**', '**/node_modules/**'];

/** Test files that mock a module (vi.mock) or stub a global: each runs in a fresh module graph. */
const ISOLATED = ['test/app/compare/compareRunner.test.ts', 'test/app/share/pageAddress.test.ts'];

/** Tests of runes modules whose effects must run: Svelte's client runtime (the server one runs no effect). */
const RUNES = ['test/**/*.svelte.test.ts'];

/** Vitest's file order with the slow files first (test/slowFilesFirst.ts); loaded only under Vitest, not by `vite build`. */
const sequencer = process.env.VITEST ? (await import('./test/slowFilesFirst.ts')).SlowFilesFirst : undefined;

// `base: './'` makes every asset URL relative, so the built site works from any sub-path
// (GitHub Pages project sites) without knowing the path at build time.
export default defineConfig({
  base: './',
  plugins: [svelte(), contentSecurityPolicy(), offlineCache(), compileHints()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    // One test file per core. Vitest's default is one fewer than the cores, which on a 2-core CI
    // machine is a single worker and leaves a core idle (issue 12 item 14).
    maxWorkers: availableParallelism(),
    sequence: { sequencer },
    // Every test/**/*.test.ts except the end-to-end tests (Playwright) and the benchmarks, in two
    // projects. The unit project shares one module graph per worker (isolate: false): the model,
    // d3 and fast-check are imported once per worker instead of once per file, about a third of
    // Vitest's CPU time. Its files keep no state between files: no module mocks, no stubbed
    // globals, no prototype patches (a shuffled run passes too). The few files that do mock a module
    // or stub a global stay isolated.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...NOT_UNIT, ...ISOLATED, ...RUNES],
          isolate: false,
        },
      },
      {
        // Node with modules transformed for the browser (test/runesEnvironment.ts) and svelte
        // resolved to its client runtime, so that effects and flushSync run as on the page.
        extends: true,
        resolve: { conditions: ['browser'] },
        test: { name: 'runes', include: RUNES, exclude: NOT_UNIT, environment: './test/runesEnvironment.ts' },
      },
      {
        extends: true,
        test: { name: 'isolated', include: ISOLATED, exclude: NOT_UNIT },
      },
    ],
  },
});
