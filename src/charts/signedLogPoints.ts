/** Log points as displayed, with a sign and a true minus: "+12.3", "−9.1", "0.0". */
export function signedLogPoints(points: number, digits = 1): string {
  const s = Math.abs(points).toFixed(digits);
  if (Number(s) === 0) return (0).toFixed(digits);
  return `${points < 0 ? '−' : '+'}${s}`;
}
