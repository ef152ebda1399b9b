/** Chunk-local floating sums, added in a fixed order and folded into exact limbs at the chunk's end. */
export interface ChunkSums {
  /** Per series and month, the sum over paths of the level ratio or rate (layout of `meanIndex`). */
  means: Float64Array;
  attribution: Float64Array;
}
