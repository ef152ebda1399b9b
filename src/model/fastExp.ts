/**
 * exp(x) in plain arithmetic, for the kernel's hot loops: x = (64e + j)·ln2/64 + r with a
 * 2,046-entry table of 2^e, a 64-entry table of 2^(j/64) and a degree-5 polynomial on
 * |r| ≤ ln2/128 (truncation 3e-17), so within ~3 ulp of the true value for |x| ≤ 708.
 *
 * Why: `Math.exp` is a call into C in V8 that spills every live double register of the loop around it;
 * this inlines into the loop. Being only +, ×, table loads and an integer shift, it also gives the
 * same bits in every engine. Arguments are clamped to [−708, 709].
 */
export function fastExp(x: number): number {
  const y = x < -708 ? -708 : x > 709 ? 709 : x;
  const kd = y * INV_STEP + SHIFTER - SHIFTER; // round(y·64/ln2), exact
  const k = kd | 0;
  const r = y - kd * STEP_HI - kd * STEP_LO;
  const p = 1 + r * (1 + r * (1 / 2 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120)))));
  return POW2_WHOLE[(k >> 6) + 1022] * (POW2_SIXTYFOURTHS[k & 63] * p);
}

const INV_STEP = 64 / Math.LN2;
const SHIFTER = 6755399441055744; // 1.5·2^52: adding and subtracting it rounds to an integer
// ln2/64 as fdlibm's two-part ln2 (32 + 53 bits): kd·STEP_HI is exact for |kd| < 2^21.
const STEP_HI = 6.93147180369123816490e-1 / 64;
const STEP_LO = 1.90821492927058770002e-10 / 64;
const POW2_WHOLE = new Float64Array(2046);
for (let e = -1022; e <= 1023; e++) POW2_WHOLE[e + 1022] = 2 ** e;
const POW2_SIXTYFOURTHS = new Float64Array(64);
for (let j = 0; j < 64; j++) POW2_SIXTYFOURTHS[j] = 2 ** (j / 64);
