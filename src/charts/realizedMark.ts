/** A realized outcome to mark on a fan: the level at `month` and the sentence under the chart. */
export interface RealizedMark {
  month: number;
  value: number;
  label: string;
}
