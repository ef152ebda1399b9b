import seedrandom from 'seedrandom';
import { fastLog } from './fastLog.ts';
import { ZIGGURAT_K_INT, ZIGGURAT_W, ZIGGURAT_F, ZIGGURAT_R } from './zigguratTables.ts';

const TWO_POW_32 = 4294967296;
/** 2⁻³²: multiplying by it gives the same bits as dividing by 2³², without the division. */
const INV_TWO_POW_32 = 1 / TWO_POW_32;
/** A module-local const, so V8 inlines it into the fill loop (see runBranchGroup). */
const log = fastLog;
// Module-local consts fold into optimized code (embedded by address); imported bindings do not.
/** K as integers: |hz| ≥ K[iz] ⇔ |hz| ≥ ⌈K[iz]⌉ for an integer hz, so the test stays in integer registers. */
const K = ZIGGURAT_K_INT;
const W = ZIGGURAT_W;
const F = ZIGGURAT_F;
const R = ZIGGURAT_R;

/**
 * A tychei generator (Neves & Araujo 2011) with ziggurat normals, uniforms and χ² mixing draws,
 * each filled in a small tight loop so V8 keeps the generator state in registers.
 *
 * The state is seeded by seedrandom's own tychei and the step is the same algorithm, so the stream
 * is seedrandom's `tychei(seed).int32()` sequence (a test checks this bit for bit).
 */
export class RandomStream {
  a = 0;
  b = 0;
  c = 0;
  d = 0;
  private pending: Int32Array<ArrayBuffer> = new Int32Array(256);

  constructor(seed: string) {
    const state = seedrandom.tychei(seed, { state: true }).state();
    this.a = state.a | 0;
    this.b = state.b | 0;
    this.c = state.c | 0;
    this.d = state.d | 0;
  }

  /** The next signed 32-bit integer of the stream. */
  int32(): number {
    let b = this.b, c = this.c, d = this.d, a = this.a;
    b = (b << 25) ^ (b >>> 7) ^ c;
    c = (c - d) | 0;
    d = (d << 24) ^ (d >>> 8) ^ a;
    a = (a - b) | 0;
    this.b = b = (b << 20) ^ (b >>> 12) ^ c;
    this.c = c = (c - d) | 0;
    this.d = (d << 16) ^ (c >>> 16) ^ a;
    return (this.a = (a - b) | 0);
  }

  /** A uniform on the open interval (0, 1): never 0, so its logarithm is always finite. */
  uniform(): number {
    return ((this.int32() >>> 0) + 0.5) / TWO_POW_32;
  }

  /** Fills `out[0..n)` with open-interval uniforms. */
  fillUniforms(out: Float64Array, n: number): void {
    let a = this.a, b = this.b, c = this.c, d = this.d;
    for (let i = 0; i < n; i++) {
      b = (b << 25) ^ (b >>> 7) ^ c;
      c = (c - d) | 0;
      d = (d << 24) ^ (d >>> 8) ^ a;
      a = (a - b) | 0;
      b = (b << 20) ^ (b >>> 12) ^ c;
      c = (c - d) | 0;
      d = (d << 16) ^ (c >>> 16) ^ a;
      a = (a - b) | 0;
      out[i] = ((a >>> 0) + 0.5) * INV_TWO_POW_32;
    }
    this.a = a; this.b = b; this.c = c; this.d = d;
  }

  /** Fills `out[0..n)` with standard normals by the 128-layer ziggurat (Marsaglia & Tsang 2000). */
  fillNormals(out: Float64Array, n: number): void {
    let a = this.a, b = this.b, c = this.c, d = this.d;
    let pending = this.pending;
    let np = 0;
    for (let i = 0; i < n; i++) {
      b = (b << 25) ^ (b >>> 7) ^ c;
      c = (c - d) | 0;
      d = (d << 24) ^ (d >>> 8) ^ a;
      a = (a - b) | 0;
      b = (b << 20) ^ (b >>> 12) ^ c;
      c = (c - d) | 0;
      d = (d << 16) ^ (c >>> 16) ^ a;
      a = (a - b) | 0;
      const iz = a & 127;
      out[i] = a * W[iz];
      // Rare (≈2.8%): note the slot and finish it after the loop, so the loop stays call-free.
      // |a| in integer arithmetic, read as unsigned so that |−2³¹| = 2³¹ (twice as fast as a ternary
      // on doubles in this loop).
      const sign = a >> 31;
      if (((a ^ sign) - sign) >>> 0 >= K[iz]) {
        if (np === pending.length) this.pending = pending = growPending(pending);
        pending[np++] = i;
        pending[np++] = a;
      }
    }
    this.a = a; this.b = b; this.c = c; this.d = d;
    for (let j = 0; j < np; j += 2) out[pending[j]] = this.normalTail(pending[j + 1], pending[j + 1] & 127);
  }

  /** One standard normal. */
  normal(): number {
    const hz = this.int32();
    const iz = hz & 127;
    return Math.abs(hz) < K[iz] ? hz * W[iz] : this.normalTail(hz, iz);
  }

  private normalTail(hz: number, iz: number): number {
    for (;;) {
      const x = hz * W[iz];
      if (iz === 0) {
        let tx: number, ty: number;
        do {
          tx = -Math.log(this.uniform()) / R;
          ty = -Math.log(this.uniform());
        } while (ty + ty < tx * tx);
        return hz > 0 ? R + tx : -R - tx;
      }
      if (F[iz] + this.uniform() * (F[iz - 1] - F[iz]) < Math.exp(-0.5 * x * x)) {
        return x;
      }
      hz = this.int32();
      iz = hz & 127;
      if (Math.abs(hz) < K[iz]) return hz * W[iz];
    }
  }

  /**
   * Fills `out[0..n)` with the scales of a unit-variance multivariate Student t, √((ν − 2)/χ²ν): a
   * standard normal times one is a t with ν degrees of freedom and variance 1.
   * Integer ν ≤ 16: exact and rejection-free, χ² = −2·ln(ΠU) over ⌊ν/2⌋ uniforms plus Z² when ν is
   * odd; other ν (non-integer, ≥ 4.5 by validation): χ² = 2·Gamma(ν/2) by Marsaglia–Tsang (2000).
   * The scale is taken here rather than in the kernel's loop: one division and one square root,
   * where w = χ²/ν then √((ν − 2)/ν)/√w took two divisions.
   */
  fillTailScales(out: Float64Array, n: number, nu: number): void {
    const excess = nu - 2;
    if (nu === Math.floor(nu) && nu <= 16) {
      const pairs = nu >> 1;
      // Each path's ⌊ν/2⌋ uniforms are drawn inline, in the order a bulk fill would draw them, and
      // their product's log is fastLog's (Math.log is a call into C: it cost ~45 ns a path here).
      let a = this.a, b = this.b, c = this.c, d = this.d;
      for (let i = 0; i < n; i++) {
        let prod = 1;
        for (let j = 0; j < pairs; j++) {
          b = (b << 25) ^ (b >>> 7) ^ c;
          c = (c - d) | 0;
          d = (d << 24) ^ (d >>> 8) ^ a;
          a = (a - b) | 0;
          b = (b << 20) ^ (b >>> 12) ^ c;
          c = (c - d) | 0;
          d = (d << 16) ^ (c >>> 16) ^ a;
          a = (a - b) | 0;
          prod *= ((a >>> 0) + 0.5) * INV_TWO_POW_32;
        }
        out[i] = -2 * log(prod);
      }
      this.a = a; this.b = b; this.c = c; this.d = d;
      if ((nu & 1) === 1) {
        const normals = scratch(n);
        this.fillNormals(normals, n);
        for (let i = 0; i < n; i++) out[i] = Math.sqrt(excess / (out[i] + normals[i] * normals[i]));
      } else {
        for (let i = 0; i < n; i++) out[i] = Math.sqrt(excess / out[i]);
      }
      return;
    }
    const shape = nu / 2;
    const dd = shape - 1 / 3;
    const cc = 1 / Math.sqrt(9 * dd);
    for (let i = 0; i < n; i++) {
      let g: number;
      for (;;) {
        const x = this.normal();
        let v = 1 + cc * x;
        if (v <= 0) continue;
        v = v * v * v;
        const u = this.uniform();
        const x2 = x * x;
        if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + dd * (1 - v + Math.log(v))) {
          g = dd * v;
          break;
        }
      }
      out[i] = Math.sqrt(excess / (2 * g));
    }
  }
}

function growPending(old: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(old.length * 2);
  grown.set(old);
  return grown;
}

// The bulk buffer of the mixing draws' normals, shared by all streams of the thread (they never run at once).
let scratchNormals = new Float64Array(0);

function scratch(size: number): Float64Array {
  if (scratchNormals.length < size) scratchNormals = new Float64Array(size);
  return scratchNormals;
}
