/** An integer with comma thousands separators ("10,000"), the same in every locale. */
export function formatCount(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `−${grouped}` : grouped;
}
