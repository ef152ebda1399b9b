/** Parameters that only shape an embed; the full app's link leaves them out. */
const EMBED_ONLY = ['embed', 'view', 'controls', 'theme', 'id'];

/** An embed's search string without its layout parameters: the full app's link to the same scenario. */
export function appSearchFromEmbed(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of EMBED_ONLY) params.delete(key);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}
