import { isIsoDate } from '../model/validation/isIsoDate.ts';
import type { MarketSnapshot, MarketSnapshotFile } from './marketSnapshot.ts';

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && isIsoDate(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function isSourcedValue(value: unknown): boolean {
  return isRecord(value) && isNumber(value.value) && isDate(value.date) && isText(value.source);
}

function isPricedPath(value: unknown): boolean {
  if (value === null) return true;
  return (
    isRecord(value) &&
    Array.isArray(value.decisions) &&
    value.decisions.every((d) => isRecord(d) && isDate(d.date) && isNumber(d.bp)) &&
    isDate(value.date) &&
    isText(value.source)
  );
}

function isSepMedian(value: unknown): boolean {
  return (
    isRecord(value) &&
    Array.isArray(value.endOfYear) &&
    value.endOfYear.length > 0 &&
    value.endOfYear.every((p) => isRecord(p) && Number.isInteger(p.year) && isNumber(p.value)) &&
    isNumber(value.longerRun) &&
    isDate(value.date) &&
    isText(value.source)
  );
}

/** True when `value` has the shape of a market snapshot: every field present, numbers finite, dates real. */
export function isMarketSnapshot(value: unknown): value is MarketSnapshot {
  if (!isRecord(value)) return false;
  const range = value.policyRange;
  return (
    isDate(value.date) &&
    isText(value.label) &&
    isRecord(range) &&
    isNumber(range.lower) &&
    isNumber(range.upper) &&
    isDate(range.date) &&
    isText(range.source) &&
    ['tenYear', 'inflation', 'smallCap', 'largeCap', 'bitcoin'].every((key) => isSourcedValue(value[key])) &&
    isPricedPath(value.pricedPath) &&
    isSepMedian(value.sepMedian)
  );
}

/** True when `value` is a snapshot file: a non-empty list of snapshots in strictly increasing date order. */
export function isMarketSnapshotFile(value: unknown): value is MarketSnapshotFile {
  if (!isRecord(value) || !Array.isArray(value.snapshots) || value.snapshots.length === 0) return false;
  const snapshots: unknown[] = value.snapshots;
  return snapshots.every(
    (snapshot, i) => isMarketSnapshot(snapshot) && (i === 0 || (snapshots[i - 1] as MarketSnapshot).date < snapshot.date),
  );
}
