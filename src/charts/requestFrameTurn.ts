/** Callbacks waiting for their animation frame, first come first served. */
const waiting: (() => void)[] = [];
let frame = 0;

function runOne(): void {
  frame = 0;
  waiting.shift()?.();
  if (waiting.length > 0) frame = requestAnimationFrame(runOne);
}

/**
 * Runs `callback` in an animation frame of its own: one waiting callback per frame across the whole
 * page, so heavy first mounts (charts, panels) queue up instead of piling into one long task.
 * Returns a function that withdraws the callback if it has not run yet.
 */
export function requestFrameTurn(callback: () => void): () => void {
  waiting.push(callback);
  if (frame === 0) frame = requestAnimationFrame(runOne);
  return () => {
    const index = waiting.indexOf(callback);
    if (index >= 0) waiting.splice(index, 1);
  };
}
