/** The month a chart's crosshair moves to on `key`, or null when the key does not move it. */
export function nextFocusMonth(key: string, current: number | null, months: number): number | null {
  const at = current ?? months;
  const clamp = (m: number) => Math.max(0, Math.min(months, m));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return clamp(at + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return clamp(at - 1);
    case 'PageUp':
      return clamp(at + 12);
    case 'PageDown':
      return clamp(at - 12);
    case 'Home':
      return 0;
    case 'End':
      return months;
    default:
      return null;
  }
}
