// Adapter only: exposes model functions over comlink and transfers their typed-array buffers.
import { expose, transfer } from 'comlink';
import { mergePartials, partialTransferables, simulatePartial, summarize } from '../src/model/index.ts';
import type { SimulationWorkerApi } from '../src/pool/protocol.ts';

const api: SimulationWorkerApi = {
  simulate(scenario, chunkStart, chunkEnd) {
    const partial = simulatePartial(scenario, { chunkStart, chunkEnd });
    return transfer(partial, partialTransferables(partial));
  },
  summarize(scenario, parts) {
    const partial = parts.length === 1 ? parts[0] : mergePartials(parts);
    const summary = summarize(scenario, partial);
    return transfer({ summary, partial }, partialTransferables(partial));
  },
};

expose(api);
