const SUFFIXES = ['', 'k', 'M', 'B', 'T'];
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Grouped whole numbers ("9,999"); one formatter, since toLocaleString('en-US') builds one per call (charts format hundreds of labels per result). */
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Up to three significant digits, trailing zeros dropped: 1.23, 12.3, 123. */
function threeDigits(value: number): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return String(Number(value.toFixed(digits)));
}

function superscript(exponent: number): string {
  return String(exponent).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)] ?? d).replace('-', '⁻');
}

/**
 * A non-negative magnitude in at most about six characters: grouped digits below `plainBelow`
 * ("9,999"), then three significant digits with k/M/B/T ("12.3k", "4.56B"), then powers of ten
 * ("2.0×10²⁷"); never an exponent in e-notation, never more than three significant digits once
 * compact. Infinity and NaN read "∞" and "–".
 */
export function compactMagnitude(value: number, plainBelow = 10_000): string {
  if (Number.isNaN(value)) return '–';
  const abs = Math.abs(value);
  if (!Number.isFinite(abs)) return '∞';
  if (abs < plainBelow) return grouped.format(Math.round(abs));
  let tier = Math.floor(Math.log10(abs) / 3);
  // Rounding can carry a value to the next tier (999,950 → "1000k"): check after rounding.
  if (tier < SUFFIXES.length && Number(threeDigits(abs / 1000 ** tier)) >= 1000) tier += 1;
  if (tier < SUFFIXES.length) return `${threeDigits(abs / 1000 ** tier)}${SUFFIXES[tier]}`;
  let exponent = Math.floor(Math.log10(abs));
  let mantissa = Number((abs / 10 ** exponent).toFixed(1));
  if (mantissa >= 10) {
    mantissa = 1;
    exponent += 1;
  }
  return `${mantissa.toFixed(1)}×10${superscript(exponent)}`;
}
