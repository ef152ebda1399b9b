import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_USAGE } from '../../src/cli/cliUsage.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

describe('project configuration', () => {
  it('tsconfig.json includes only paths that exist', () => {
    const missing = (json('tsconfig.json').include as string[]).filter((path) => !existsSync(join(ROOT, path)));
    expect(missing).toEqual([]);
  });

  it("package.json's engines.node is the range Vite and its bundler need, and the README says that range", () => {
    // Vite 8 and rolldown are the narrowest of the toolchain (the Svelte plugin allows the same 20.x/22.x floors).
    const needed = json('node_modules/vite/package.json').engines.node;
    expect(json('node_modules/rolldown/package.json').engines.node).toBe(needed);
    expect(json('package.json').engines.node).toBe(needed);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`Node \`${needed}\``);
  });

  it("the README gives the dev server's address and a way to get a complete scenario file that the CLI has", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    // Vite's default port, as long as vite.config.ts sets none.
    expect(readFileSync(join(ROOT, 'vite.config.ts'), 'utf8')).not.toMatch(/\bport\s*:/);
    expect(readme).toContain('http://localhost:5173/');
    expect(readme).toMatch(/--print-scenario > scenario\.json/);
    expect(CLI_USAGE).toContain('--print-scenario');
    expect(readme).toMatch(/`npm test`[^.]*takes about \d+ minutes/);
  });
});
