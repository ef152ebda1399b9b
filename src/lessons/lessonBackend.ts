import type { SimulationWorkerApi } from '../pool/protocol.ts';
import { WorkerPool } from '../pool/workerPool.ts';
import type { DigestBackend } from './digestBackend.ts';

let pool: WorkerPool<SimulationWorkerApi> | null = null;

function createSimulationWorker(): Worker {
  return new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * The lesson views' backend: one simulation worker of their own, shared by the track record, the
 * stories and the ladder, started when the first of them needs it. It never queues behind (or
 * cancels) the main run, which has its own pool; a worker that died is replaced on the next call.
 */
export function lessonBackend(): DigestBackend {
  return {
    digest(scenario, chunkEnd, probes) {
      pool ??= new WorkerPool<SimulationWorkerApi>(createSimulationWorker, 1);
      const current = pool;
      return current.run((api) => api.digest(scenario, chunkEnd, probes)).catch((error: unknown) => {
        // A crashed worker is retired by the pool: start afresh next time rather than failing forever.
        if (pool === current && /stopped|crashed|stopped answering/.test(String(error))) {
          current.terminate();
          pool = null;
        }
        throw error;
      });
    },
  };
}
