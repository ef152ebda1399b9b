/** One band to draw; values are on the x scale (returns or probabilities). */
export interface BandItem {
  key: string;
  color: string;
  lo: number;
  hi: number;
  /** The inner band (25–75%), when there is one. */
  innerLo?: number;
  innerHi?: number;
  mid: number;
  /** What happened, drawn as a diamond. */
  mark?: number;
}

/** A labelled group of bands (one cycle, or one story), drawn as rows on a shared axis. */
export interface BandGroup {
  key: string;
  label: string;
  items: BandItem[];
}
