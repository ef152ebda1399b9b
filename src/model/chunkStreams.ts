import seedrandom from 'seedrandom';
import { RandomStream } from './randomStream.ts';

/** The two random streams of one chunk: shocks, and the branch each path belongs to. */
export interface ChunkStreams {
  shocks: RandomStream;
  branches: RandomStream;
}

/**
 * Seeds a chunk's streams from (seed, chunk index) only, never from the worker, so any split of the
 * chunks over workers gives the same numbers. ARC4 (seedrandom's default, slow but well mixed)
 * derives each stream's seed; the fast tychei generator then draws the stream itself.
 */
export function chunkStreams(seed: number, chunk: number): ChunkStreams {
  const derive = seedrandom(`rotation-lab/${seed >>> 0}/${chunk}`);
  const shockSeed = `${derive.int32() >>> 0}:${derive.int32() >>> 0}`;
  const branchSeed = `${derive.int32() >>> 0}:${derive.int32() >>> 0}`;
  return { shocks: new RandomStream(shockSeed), branches: new RandomStream(branchSeed) };
}
