/**
 * The message for a simulation worker that could not even be constructed: a sandboxed iframe
 * without `allow-same-origin` (an opaque origin) throws a SecurityError from `new Worker`.
 */
export function workerStartFailure(error: unknown): Error {
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? error.name : '';
  if (name === 'SecurityError') {
    return new Error(
      'This page may not start the simulation (the browser refused its worker). Embedded in a sandboxed iframe? ' +
        'It needs sandbox="allow-scripts allow-same-origin allow-popups" (see docs/embedding.md), or no sandbox.',
    );
  }
  const detail = error instanceof Error && error.message ? `: ${error.message.split('\n')[0]}` : '';
  return new Error(`The simulation worker could not be started${detail}.`);
}
