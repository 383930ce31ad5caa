/** An Atom document, or a plain 404 when there is none (a code that does not read). */
export function atomResponse(xml: string | null): Response {
  if (xml === null) return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(xml, {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=3600, s-maxage=86400' },
  });
}
