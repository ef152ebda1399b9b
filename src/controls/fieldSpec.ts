/** How a number field of the scenario is shown and checked. */
export interface FieldSpec {
  /** Label in plain words; the unit is shown beside it. */
  label: string;
  /** Unit, e.g. "%", "bp", "months", "pp/√yr". */
  unit: string;
  min: number;
  max: number;
  /** Step of the arrow keys. */
  step: number;
  /** Only whole numbers. */
  integer?: boolean;
  /** Where the default comes from, in a few words. */
  source?: string;
}
