/**
 * ln(x) in plain arithmetic for finite x > 0, for the kernel's hot loops: x is scaled by powers of 8
 * into [0.25, 2), split at the nearest table point c = j/512 (ln c and 1/c tabulated) and finished
 * with a degree-7 series in δ = (x − c)/c, |δ| ≤ 1/256 (truncation < 1e-20): within ~2 ulp.
 *
 * Why: `Math.log` is a call into C in V8 that spills the loop's live registers around it; this
 * inlines. Being only +, ×, table loads and integer truncation, it gives the same bits in every engine.
 * Near 1 the table point is 1 itself, so small logs keep their relative accuracy.
 */
export function fastLog(x: number): number {
  let y = x, e = 0;
  // Bounded so 0 and Infinity end (near −745 and as NaN); the financing factors never get near them.
  while (y < 0.25 && e > -1080) { y *= 8; e -= 3; }
  while (y >= 2 && e < 1030) { y *= 0.125; e += 3; }
  const j = (y * 512 + 0.5) | 0;
  const d = (y - CENTRE[j]) * INVERSE[j];
  const series = d * (1 - d * (1 / 2 - d * (1 / 3 - d * (1 / 4 - d * (1 / 5 - d * (1 / 6 - d * (1 / 7)))))));
  return e * LN2_HI + (LOG_CENTRE[j] + (series + e * LN2_LO));
}

// fdlibm's two-part ln2: e·LN2_HI is exact for |e| < 2^20.
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const CENTRE = new Float64Array(1025);
const INVERSE = new Float64Array(1025);
const LOG_CENTRE = new Float64Array(1025);
for (let j = 1; j <= 1024; j++) {
  CENTRE[j] = j / 512;
  INVERSE[j] = 1 / CENTRE[j];
  LOG_CENTRE[j] = Math.log(CENTRE[j]);
}
