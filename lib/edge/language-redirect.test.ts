import { describe, expect, it } from 'vitest';
import { languageRedirect } from './language-redirect';

describe('the language redirect', () => {
  it('varies by Accept-Language and is private', () => {
    const response = languageRedirect(new Response(null, { status: 307, headers: { location: '/zh', vary: 'rsc' } }));
    expect(response.headers.get('vary')).toBe('rsc, Accept-Language');
    expect(response.headers.get('cache-control')).toBe('private');
    expect(languageRedirect(new Response(null, { status: 307, headers: { vary: 'accept-language' } })).headers.get('vary')).toBe(
      'accept-language',
    );
  });

  it('leaves other answers alone', () => {
    const response = languageRedirect(new Response('x', { status: 200 }));
    expect(response.headers.get('vary')).toBeNull();
    expect(response.headers.get('cache-control')).toBeNull();
  });
});
