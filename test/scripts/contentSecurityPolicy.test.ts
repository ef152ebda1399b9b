import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/contentSecurityPolicy.ts';

const directives = Object.fromEntries(
  CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name, ...sources] = d.trim().split(/\s+/);
    return [name, sources.join(' ')];
  }),
);

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows nothing by default and names each kind of resource the app uses', () => {
    expect(directives).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'worker-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'connect-src': "'self'",
      'frame-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'none'",
    });
  });

  it('allows no blob: or other scheme, no eval and no wildcard, and does not try frame-ancestors in a meta tag', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/blob:|'unsafe-eval'|\*|frame-ancestors|https?:/);
  });
});
