const base64UrlPattern = /^[A-Za-z0-9_-]*$/;

/** Decodes base64url (padding optional) to UTF-8 text, or returns null when either is malformed. */
export function fromBase64Url(encoded: string): string | null {
  if (!base64UrlPattern.test(encoded) || encoded.length % 4 === 1) return null;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
