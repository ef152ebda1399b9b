import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// `base: './'` makes every asset URL relative, so the built site works from any sub-path
// (GitHub Pages project sites) without knowing the path at build time.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['test/model/**/*.test.ts', 'test/app/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
