/** A number inside a scenario object: its parent, its key and its path (`branches[0].policy.surpriseVol`). */
export type Leaf = { parent: Record<string, unknown>; key: string; path: string };

/** Every numeric field of a plain object tree, depth first, with the path the validator reports. */
export function numericLeaves(value: unknown, path = '', out: Leaf[] = []): Leaf[] {
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const childPath = Array.isArray(value) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
    if (typeof child === 'object' && child !== null) numericLeaves(child, childPath, out);
    else if (typeof child === 'number') out.push({ parent: value as Record<string, unknown>, key, path: childPath });
  }
  return out;
}
