const base64UrlPattern = /^[A-Za-z0-9_-]*$/;

/** Decodes base64url (padding optional) to UTF-8 text, or returns null when either is malformed. */
export function fromBase64Url(encoded: string): string | null {
  const bytes = base64UrlToBytes(encoded);
  if (bytes === null) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes base64url (padding optional) to bytes, or returns null when it is malformed. */
export function base64UrlToBytes(encoded: string): Uint8Array | null {
  if (!base64UrlPattern.test(encoded) || encoded.length % 4 === 1) return null;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
