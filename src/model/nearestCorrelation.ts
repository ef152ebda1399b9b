/** Smallest eigenvalue a repaired correlation matrix keeps, so its Cholesky factor is well defined. */
const MIN_EIGENVALUE = 1e-4;

/**
 * The nearest positive-definite correlation matrix to a symmetric 3×3 matrix (row-major): clip the
 * eigenvalues at a small positive floor and rescale to a unit diagonal, repeated a few times
 * (alternating projections, Higham 2002). Returns the input unchanged when it is already valid.
 */
export function nearestCorrelation(matrix: Float64Array): { matrix: Float64Array; repaired: boolean } {
  let current = Float64Array.from(matrix);
  if (minEigenvalue(current) >= MIN_EIGENVALUE) return { matrix: current, repaired: false };
  for (let iter = 0; iter < 50; iter++) {
    const { values, vectors } = symmetricEigen3(current);
    const clipped = new Float64Array(9);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let sum = 0;
        for (let k = 0; k < 3; k++) sum += vectors[i * 3 + k] * Math.max(values[k], MIN_EIGENVALUE) * vectors[j * 3 + k];
        clipped[i * 3 + j] = sum;
      }
    }
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) clipped[i * 3 + j] /= Math.sqrt(clipped[i * 4] * clipped[j * 4]);
    }
    current = clipped;
    if (minEigenvalue(current) >= MIN_EIGENVALUE * 0.5) break;
  }
  return { matrix: current, repaired: true };
}

function minEigenvalue(matrix: Float64Array): number {
  const { values } = symmetricEigen3(matrix);
  return Math.min(values[0], values[1], values[2]);
}

/** Eigen-decomposition of a symmetric 3×3 matrix by cyclic Jacobi rotations; vectors in columns. */
export function symmetricEigen3(matrix: Float64Array): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  for (let sweep = 0; sweep < 50; sweep++) {
    const off = a[1] * a[1] + a[2] * a[2] + a[5] * a[5];
    if (off < 1e-30) break;
    for (const [p, q] of [[0, 1], [0, 2], [1, 2]] as const) {
      const apq = a[p * 3 + q];
      if (Math.abs(apq) < 1e-300) continue;
      const theta = (a[q * 4] - a[p * 4]) / (2 * apq);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const c = 1 / Math.sqrt(t * t + 1);
      const s = t * c;
      for (let k = 0; k < 3; k++) {
        const akp = a[k * 3 + p];
        const akq = a[k * 3 + q];
        a[k * 3 + p] = c * akp - s * akq;
        a[k * 3 + q] = s * akp + c * akq;
      }
      for (let k = 0; k < 3; k++) {
        const apk = a[p * 3 + k];
        const aqk = a[q * 3 + k];
        a[p * 3 + k] = c * apk - s * aqk;
        a[q * 3 + k] = s * apk + c * aqk;
      }
      for (let k = 0; k < 3; k++) {
        const vkp = v[k * 3 + p];
        const vkq = v[k * 3 + q];
        v[k * 3 + p] = c * vkp - s * vkq;
        v[k * 3 + q] = s * vkp + c * vkq;
      }
    }
  }
  return { values: new Float64Array([a[0], a[4], a[8]]), vectors: v };
}
