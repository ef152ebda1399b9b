/** A one-line message for a failure, whatever was thrown (an Error, a string, an event, nothing). */
export function readableError(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const line = text.split('\n')[0]!.trim().slice(0, 300);
  return line || 'A simulation worker failed without saying why.';
}
