import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isMarketSnapshotFile } from '../../src/data/isMarketSnapshot.ts';
import type { MarketSnapshot, MarketSnapshotFile } from '../../src/data/marketSnapshot.ts';

/** Reads and checks the snapshot file; throws with the path when it is unreadable or malformed. */
export function readSnapshotFile(path: string): MarketSnapshotFile {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isMarketSnapshotFile(parsed)) throw new Error(`${path} is not a valid snapshot file`);
  return parsed;
}

/** The file's text with `snapshot` appended (two-space JSON, a final newline, so diffs stay small). */
export function appendSnapshot(file: MarketSnapshotFile, snapshot: MarketSnapshot): string {
  const next: MarketSnapshotFile = { snapshots: [...file.snapshots, snapshot] };
  if (!isMarketSnapshotFile(next)) throw new Error('the new snapshot does not fit after the others');
  return `${JSON.stringify(next, null, 2)}\n`;
}

/** Writes `text` to `path` through a temporary file, so a crash never leaves half a file. */
export function writeSnapshotFile(path: string, text: string): void {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
