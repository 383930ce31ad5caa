import { describe, expect, it } from 'vitest';
import { NO_SCRIPT_POLICY, contentSecurityPolicy } from './csp';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('allows scripts from this origin and inline ones only by nonce or hash, with no other origin anywhere', () => {
    for (const policy of [contentSecurityPolicy({ nonce: 'abc' }), contentSecurityPolicy({ hashes: ['sha256-x', 'sha256-y'] })]) {
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
      const d = directives(policy);
      expect(d.get('object-src')).toEqual(["'none'"]);
      expect(d.get('base-uri')).toEqual(["'none'"]);
      expect(d.get('frame-ancestors')).toEqual(["'none'"]);
      expect(d.get('default-src')).toEqual(["'self'"]);
    }
    expect(directives(contentSecurityPolicy({ nonce: 'abc' })).get('script-src')).toEqual(["'self'", "'nonce-abc'"]);
    expect(directives(contentSecurityPolicy({ hashes: ['sha256-x'] })).get('script-src')).toEqual(["'self'", "'sha256-x'"]);
  });

  it('allows eval and inline styles only in development, for React and its error overlay', () => {
    expect(contentSecurityPolicy({ nonce: 'abc' }, { dev: true })).toMatch(
      /script-src 'self' 'nonce-abc' 'unsafe-eval'.*style-src 'self' 'unsafe-inline'/,
    );
  });

  it('runs nothing on the pages that need no script', () => {
    expect(NO_SCRIPT_POLICY).toMatch(/^default-src 'none'/);
    expect(NO_SCRIPT_POLICY).not.toContain('script-src');
  });
});
