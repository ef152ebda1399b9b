import type { KernelTiming } from './kernelTiming.ts';

/** How to run (part of) a simulation. */
export interface SimulateOptions {
  /** Called after each chunk with the paths done and the paths in the requested chunk range. */
  onProgress?: (pathsDone: number, pathsTotal: number) => void;
  /** Checked before each chunk; when aborted the run throws an Error named 'AbortError'. */
  signal?: AbortSignal;
  /** First chunk to run (default 0). */
  chunkStart?: number;
  /** One past the last chunk to run (default: all chunks). */
  chunkEnd?: number;
  /** Benchmarks: adds the time of the kernel's phases to this record (see KernelTiming). */
  timing?: KernelTiming;
}
