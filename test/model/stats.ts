/** Small statistics helpers for the model tests (sample moments and their standard errors). */
export function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s / values.length;
}

export function variance(values: ArrayLike<number>): number {
  const mu = mean(values);
  let s = 0;
  for (let i = 0; i < values.length; i++) s += (values[i] - mu) ** 2;
  return s / (values.length - 1);
}

/** Standard error of the sample variance, from the sample's own fourth central moment. */
export function varianceSe(values: ArrayLike<number>): number {
  const mu = mean(values);
  let m2 = 0, m4 = 0;
  for (let i = 0; i < values.length; i++) {
    const d = (values[i] - mu) ** 2;
    m2 += d;
    m4 += d * d;
  }
  m2 /= values.length;
  m4 /= values.length;
  return Math.sqrt((m4 - m2 * m2) / values.length);
}

export function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const ma = mean(a), mb = mean(b);
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < a.length; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** Values of one month across all paths of a recorded series laid out `[path*(months+1)+month]`. */
export function atMonth(series: Float64Array, paths: number, months: number, month: number): Float64Array {
  const out = new Float64Array(paths);
  for (let p = 0; p < paths; p++) out[p] = series[p * (months + 1) + month];
  return out;
}

/** Month-to-month changes pooled over paths and months 1..months. */
export function monthlyChanges(series: Float64Array, paths: number, months: number): Float64Array {
  const out = new Float64Array(paths * months);
  for (let p = 0; p < paths; p++) {
    for (let m = 1; m <= months; m++) out[p * months + m - 1] = series[p * (months + 1) + m] - series[p * (months + 1) + m - 1];
  }
  return out;
}
