// The SEP median lives with the model's reference data; the Fed editor reads it from here.
export { SEP_REFERENCE as SEP_DECEMBER_2025, type SepMedian } from '../model/sepReference.ts';
