/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy.ts';
import { offlineCache } from './scripts/offlineCache.ts';

// `base: './'` makes every asset URL relative, so the built site works from any sub-path
// (GitHub Pages project sites) without knowing the path at build time.
export default defineConfig({
  base: './',
  plugins: [svelte(), contentSecurityPolicy(), offlineCache()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    // Every test/**/*.test.ts except the end-to-end tests (Playwright) and the benchmarks.
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/bench/**', '**/node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
