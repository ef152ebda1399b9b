// Adapter only: exposes model functions over comlink and transfers their typed-array buffers.
import { expose, transfer } from 'comlink';
import { mergePartials, partialTransferables, simulatePartial, summarize } from '../src/model/index.ts';
import type { SimulationWorkerApi } from '../src/pool/protocol.ts';
import { runDigest } from '../src/lessons/runDigest.ts';

const api: SimulationWorkerApi = {
  simulate(scenario, chunkStart, chunkEnd) {
    const partial = simulatePartial(scenario, { chunkStart, chunkEnd });
    return transfer(partial, partialTransferables(partial));
  },
  simulateSummarized(scenario, chunkStart, chunkEnd) {
    const part = simulatePartial(scenario, { chunkStart, chunkEnd });
    const partial = mergePartials([part]);
    const summary = summarize(scenario, partial);
    return transfer({ part, run: { summary, partial } }, [part, partial].flatMap(partialTransferables));
  },
  summarize(scenario, parts, handBack) {
    const partial = mergePartials(parts);
    const summary = summarize(scenario, partial);
    const lent = handBack ? parts : undefined;
    const buffers = new Set([partial, ...(lent ?? [])].flatMap(partialTransferables));
    return transfer({ summary, partial, lent }, [...buffers]);
  },
  merge(parts) {
    const partial = mergePartials(parts);
    return transfer(partial, partialTransferables(partial));
  },
  digest: runDigest,
};

expose(api);
