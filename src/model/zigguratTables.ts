/**
 * Tables of the 128-layer ziggurat for the standard normal (Marsaglia & Tsang 2000), computed once
 * at module load: `K` are the acceptance thresholds on |int32|, `W` the int32-to-x scales and `F`
 * the density at each layer's edge.
 */
export const ZIGGURAT_R = 3.442619855899;

const LAYER_AREA = 9.91256303526217e-3;
const M1 = 2147483648;

export const ZIGGURAT_K = new Float64Array(128);
export const ZIGGURAT_W = new Float64Array(128);
export const ZIGGURAT_F = new Float64Array(128);

{
  let dn = ZIGGURAT_R;
  let tn = dn;
  const q = LAYER_AREA / Math.exp(-0.5 * dn * dn);
  ZIGGURAT_K[0] = (dn / q) * M1;
  ZIGGURAT_K[1] = 0;
  ZIGGURAT_W[0] = q / M1;
  ZIGGURAT_W[127] = dn / M1;
  ZIGGURAT_F[0] = 1;
  ZIGGURAT_F[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(LAYER_AREA / dn + Math.exp(-0.5 * dn * dn)));
    ZIGGURAT_K[i + 1] = (dn / tn) * M1;
    tn = dn;
    ZIGGURAT_F[i] = Math.exp(-0.5 * dn * dn);
    ZIGGURAT_W[i] = dn / M1;
  }
}

/**
 * ⌈K⌉ as int32s: for an integer h, |h| ≥ K[i] ⇔ |h| ≥ ⌈K[i]⌉, so the sampler's acceptance test
 * can compare integers (every K is below 2³¹).
 */
export const ZIGGURAT_K_INT = Int32Array.from(ZIGGURAT_K, (k) => Math.ceil(k));
