/** The path counts the run settings offer, from a quick look to a publication-grade run. */
export const PATH_COUNTS: readonly number[] = [1_000, 5_000, 10_000, 50_000, 100_000, 250_000, 1_000_000];

/** A path count as "10,000 paths". */
export function formatPathCount(paths: number): string {
  return `${paths.toLocaleString('en-US')} paths`;
}

/** A fresh seed (unsigned 32-bit) from `getRandomValues`, e.g. crypto.getRandomValues. */
export function drawSeed(getRandomValues: (array: Uint32Array<ArrayBuffer>) => unknown): number {
  const array = new Uint32Array(1);
  getRandomValues(array);
  return array[0];
}
