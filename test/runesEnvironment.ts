import type { Environment } from 'vitest/environments';

/**
 * Node, but with modules transformed as for the browser: Svelte compiles `.svelte.ts` modules for
 * the client, whose effects run (the server build runs none). No DOM: the tests inject what the
 * module would take from the page.
 */
export default {
  name: 'runes',
  viteEnvironment: 'client',
  setup() {
    return { teardown() {} };
  },
} satisfies Environment;
