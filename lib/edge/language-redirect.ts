/**
 * The redirect from `/` (and unprefixed paths) into a locale depends on Accept-Language: a shared cache
 * must neither give one visitor's language to everyone nor keep it, so the redirect says both.
 */
export function languageRedirect<R extends { status: number; headers: Headers }>(response: R): R {
  if (response.status >= 300 && response.status < 400) {
    const vary = response.headers.get('vary');
    if (!vary?.split(',').some((v) => v.trim().toLowerCase() === 'accept-language'))
      response.headers.set('vary', vary ? `${vary}, Accept-Language` : 'Accept-Language');
    response.headers.set('cache-control', 'private');
  }
  return response;
}
