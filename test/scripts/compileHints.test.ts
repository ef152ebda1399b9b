import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { COMPILE_HINT, chunksLoadedAtStart, compileHints } from '../../scripts/compileHints.ts';

function chunk(fileName: string, imports: string[], isEntry = false, isDynamicEntry = false): Rolldown.OutputChunk {
  return {
    type: 'chunk',
    fileName,
    imports,
    isEntry,
    isDynamicEntry,
    code: `const first = 1; // ${fileName}\n`,
    map: { mappings: 'AAAA,CAAC' },
  } as unknown as Rolldown.OutputChunk;
}

function mapAsset(fileName: string): Rolldown.OutputAsset {
  return { type: 'asset', fileName, source: JSON.stringify({ version: 3, mappings: 'AAAA,CAAC' }) } as unknown as Rolldown.OutputAsset;
}

/** index imports runtime, which imports shared; dialog (on demand) imports runtime and lazyOnly. */
function bundle(): Rolldown.OutputBundle {
  const files = [
    chunk('index.js', ['runtime.js'], true),
    chunk('runtime.js', ['shared.js']),
    chunk('shared.js', []),
    chunk('dialog.js', ['runtime.js', 'lazyOnly.js'], false, true),
    chunk('lazyOnly.js', []),
    mapAsset('index.js.map'),
    mapAsset('dialog.js.map'),
  ];
  return Object.fromEntries(files.map((f) => [f.fileName, f])) as Rolldown.OutputBundle;
}

function run(b: Rolldown.OutputBundle): void {
  const hook = compileHints().generateBundle as { handler: (this: unknown, options: unknown, bundle: Rolldown.OutputBundle) => void };
  hook.handler.call({}, {}, b);
}

describe('compileHints', () => {
  it('finds the entry and what it imports statically, transitively, and nothing loaded only on demand', () => {
    expect(chunksLoadedAtStart(bundle()).map((c) => c.fileName).sort()).toEqual(['index.js', 'runtime.js', 'shared.js']);
  });

  it('puts the hint on the first line of each chunk loaded at start, and not on the others', () => {
    const b = bundle();
    run(b);
    for (const name of ['index.js', 'runtime.js', 'shared.js']) expect((b[name] as Rolldown.OutputChunk).code.split('\n')[0]).toBe(COMPILE_HINT);
    for (const name of ['dialog.js', 'lazyOnly.js']) expect((b[name] as Rolldown.OutputChunk).code).not.toContain(COMPILE_HINT);
  });

  it('moves the source maps down the one line it adds (the chunk’s and the .map file’s), and only theirs', () => {
    const b = bundle();
    run(b);
    expect((b['index.js'] as Rolldown.OutputChunk).map?.mappings).toBe(';AAAA,CAAC');
    expect(JSON.parse((b['index.js.map'] as Rolldown.OutputAsset).source as string).mappings).toBe(';AAAA,CAAC');
    expect(JSON.parse((b['dialog.js.map'] as Rolldown.OutputAsset).source as string).mappings).toBe('AAAA,CAAC');
  });

  it('adds the hint once, however often it runs', () => {
    const b = bundle();
    run(b);
    run(b);
    expect((b['index.js'] as Rolldown.OutputChunk).code.split(COMPILE_HINT)).toHaveLength(2);
    expect((b['index.js'] as Rolldown.OutputChunk).map?.mappings).toBe(';AAAA,CAAC');
  });
});
