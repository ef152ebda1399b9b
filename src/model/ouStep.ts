/** One monthly step of an Ornstein–Uhlenbeck process: x' = a·x + b·ε. */
export interface OuStep {
  a: number;
  b: number;
}

/**
 * The exact monthly discretization of dx = −κ·x·dt + σ·dW (MODEL §2.2): a = e^{−κ·dt} and
 * b = σ·√((1 − a²)/(2κ)); as κ → 0 it becomes a random walk with b = σ·√dt.
 */
export function ouStep(kappa: number, sigma: number, dt: number): OuStep {
  const a = Math.exp(-kappa * dt);
  const b = kappa > 1e-9 ? sigma * Math.sqrt((1 - a * a) / (2 * kappa)) : sigma * Math.sqrt(dt);
  return { a, b };
}

/** Variance at time t (years) of an OU process started at 0: σ²·(1 − e^{−2κt})/(2κ). */
export function ouVariance(kappa: number, sigma: number, t: number): number {
  return kappa > 1e-9 ? (sigma * sigma * (1 - Math.exp(-2 * kappa * t))) / (2 * kappa) : sigma * sigma * t;
}

/** Variance after m steps of the AR(1) u' = φ·u + σ·ε started at 0: σ²·(1 − φ^{2m})/(1 − φ²). */
export function ar1Variance(phi: number, sigma: number, m: number): number {
  const p2 = phi * phi;
  return Math.abs(1 - p2) > 1e-12 ? (sigma * sigma * (1 - Math.pow(p2, m))) / (1 - p2) : sigma * sigma * m;
}
