import { CHUNK_PATHS, chunkCount, partialTransferables, type SimulationPartial } from '../model/index.ts';
import type { ChunkSpec } from './runTypes.ts';

/** The runner's view of the model: chunk counts, chunk size and the bytes a partial holds (for the memory estimate). */
export const simulationChunkSpec: ChunkSpec<SimulationPartial> = {
  chunkCount,
  chunkPaths: CHUNK_PATHS,
  partialBytes: (part) => partialTransferables(part).reduce((bytes, buffer) => bytes + buffer.byteLength, 0),
};
