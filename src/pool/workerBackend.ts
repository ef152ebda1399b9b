import { transfer } from 'comlink';
import { partialTransferables, type SimulationPartial } from '../model/index.ts';
import type { SimulationBackend } from './backend.ts';
import type { SimulationWorkerApi } from './protocol.ts';
import { DEFAULT_STALL, WorkerPool, type StallPolicy } from './workerPool.ts';
import { poolSize } from './poolSize.ts';

function createSimulationWorker(): Worker {
  return new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * The stall policy; end-to-end tests shorten it through a global set by an init script
 * (`__rotationLabStallFloorMs`), which no URL, file or message can set.
 */
function stallPolicy(): StallPolicy {
  const floor = (globalThis as { __rotationLabStallFloorMs?: unknown }).__rotationLabStallFloorMs;
  return typeof floor === 'number' && floor > 0 ? { ...DEFAULT_STALL, floorMs: floor } : DEFAULT_STALL;
}

/** The app's backend: a pool of simulation workers sized from navigator.hardwareConcurrency. */
export function workerBackend(size = poolSize(globalThis.navigator?.hardwareConcurrency)): SimulationBackend<SimulationPartial> {
  const pool = new WorkerPool<SimulationWorkerApi>(createSimulationWorker, size, stallPolicy());
  return {
    size,
    simulate: (scenario, chunkStart, chunkEnd) =>
      pool.run((api) => api.simulate(scenario, chunkStart, chunkEnd)),
    simulateSummarized: (scenario, chunkStart, chunkEnd) =>
      pool.run((api) => api.simulateSummarized(scenario, chunkStart, chunkEnd)),
    summarize: (scenario, parts, keep) =>
      pool.run((api) => api.summarize(scenario, transfer(parts, parts.flatMap(partialTransferables)), keep)),
    merge: (parts) => pool.run((api) => api.merge(transfer(parts, parts.flatMap(partialTransferables)))),
    dropQueued: () => pool.dropQueued(),
    dispose: () => pool.terminate(),
  };
}
