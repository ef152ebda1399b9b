/** How a legend entry is drawn: a filled band swatch, a line style, or a marker. */
export type LegendMark = 'band' | 'line' | 'dash' | 'dots' | 'longdash' | 'triangle' | 'diamond' | 'outlined';

/** One entry of an exported chart's legend. */
export interface LegendItem {
  label: string;
  mark: LegendMark;
  /** A resolved CSS colour (no var()), since the file stands alone. */
  color: string;
  /** Fill opacity of a band swatch. */
  opacity?: number;
}
