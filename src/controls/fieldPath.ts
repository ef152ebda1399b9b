/** Reads the number at a dotted path ("smallCap.floatingShare") of an object, or NaN. */
export function readPath(root: object, path: string): number {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return NaN;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' ? node : NaN;
}

/** Writes a number at a dotted path of an object in place (the object may be a $state proxy). */
export function writePath(root: object, path: string, value: number): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = root as Record<string, unknown>;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  node[last] = value;
}
