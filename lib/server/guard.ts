import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { clientAddress, FORWARDED_CHAIN } from '@/lib/security/client-address';
import { edgeErrorHeaders, edgeErrorHtml } from '@/lib/http/error-page';
import { allowedMethods, FORBIDDEN_BY_FETCH, methodAnswer } from '@/lib/http/methods';
import { RenderGate, type RenderGateOptions } from './render-gate';
import { readRequest } from '@/lib/http/reading';
import { wouldRender } from './would-render';

/** What the custom server hands a request to: Next's request handler. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Paths the proxy does not see (its matcher): the API and the framework's files. They are only ever read. */
const OUTSIDE_PROXY = /^\/(?:api|_next)(?:\/|$)/;

/** The JSON API answers "busy" in its own error shape. */
const API = /^\/api\//;

/** What Next says of a response it served from its cache, or stored in it. */
const FROM_CACHE = new Set(['HIT', 'MISS', 'STALE']);

const BUSY_RETRY_SECONDS = '5';

/** How long a render waits at most for the other requests in progress to end (docs/adr/0012). */
const OTHERS_WAIT_MS = 50;

/**
 * Who sent a request, as the site counts clients (lib/security/client-address.ts): the connection's address, or with
 * `hops` trusted reverse proxies the address the last of them was connected from.
 */
export function requestClient(req: IncomingMessage, hops: number): string {
  const forwarded = req.headers['x-forwarded-for'];
  const chain = Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '');
  const connection = req.socket.remoteAddress ?? '';
  return clientAddress({ get: (name) => (name === 'x-forwarded-for' ? connection : name === FORWARDED_CHAIN ? chain : null) }, hops);
}

/**
 * The custom server's answer to every request, before Next (server.ts, docs/adr/0012-custom-server.md):
 * - TRACE, TRACK and CONNECT get 405: Next builds a fetch Request for its proxy, and the WHATWG Request constructor
 *   throws for these methods (a 500 and a stack trace), so no proxy, option or route of Next can answer them. So do
 *   methods other than GET, HEAD and OPTIONS on the paths the proxy does not see (the API, the framework's files),
 *   whose 405 from Next has no Allow header.
 * - OPTIONS on a framework file gets 204: Next's static handler answers it with a 500 and a stack trace (ADR 0011).
 * - A request that would render what its address holds (`wouldRender`) takes its turn at the render gate, unless Next
 *   has that address cached; everything else goes straight to Next.
 */
export function guardRequests(next: Handler, gateOptions: RenderGateOptions, hops: number) {
  // Requests answered outside the gate and not yet over: renders wait for them (at most OTHERS_WAIT_MS).
  let others = 0;
  const gate = new RenderGate(gateOptions, undefined, { busy: () => others > 0, maxWaitMs: OTHERS_WAIT_MS });
  const other = (req: IncomingMessage, res: ServerResponse) => {
    others++;
    res.once('close', () => {
      if (--others === 0) gate.wake();
    });
    void next(req, res);
  };
  return (req: IncomingMessage, res: ServerResponse): void => {
    const method = req.method ?? '';
    const url = req.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    const refused = FORBIDDEN_BY_FETCH.has(method) || (OUTSIDE_PROXY.test(path) && methodAnswer(method, null)?.status === 405);
    if (refused) return answer(res, method, 405, { Allow: allowedMethods(pageOf(path)).join(', ') });
    // OPTIONS outside the proxy: Next's static handler throws on its files (ADR 0011), and a prerendered route
    // handler (/api/sources) answers 405 with a malformed Allow; every such path is only ever read.
    if (method === 'OPTIONS' && OUTSIDE_PROXY.test(path)) {
      res.writeHead(204, { Allow: allowedMethods(null).join(', '), 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    if (gate.isWarm(url) || !wouldRender(method, url)) return other(req, res);
    // Remember what Next now has in its cache: the next request for it is a cheap read and needs no turn.
    res.once('finish', () => {
      if (FROM_CACHE.has(String(res.getHeader('x-nextjs-cache')))) gate.markWarm(url);
    });
    const { admission, release } = gate.admit(requestClient(req, hops), () => void next(req, res));
    if (admission === 'refused') {
      if (API.test(path)) return busyJson(res, method);
      return answer(res, method, 429, { 'Retry-After': BUSY_RETRY_SECONDS });
    }
    // Over when the response is (or the client has gone, even while it was still waiting).
    res.once('close', release);
  };
}

/** Without a 'connect' listener Node drops a CONNECT's connection unanswered: answer it like TRACE. */
export function refuseConnect(_req: IncomingMessage, socket: Duplex): void {
  const body = edgeErrorHtml(405);
  const head = Object.entries(
    edgeErrorHeaders({ Allow: allowedMethods(null).join(', '), 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' }),
  );
  socket.end(`HTTP/1.1 405 Method Not Allowed\r\n${head.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`);
}

/** The assessment API's "busy", in its own error shape (`{ error: … }`), for the scripts that call it. */
function busyJson(res: ServerResponse, method: string): void {
  const body = JSON.stringify({ error: 'busy', retryAfterSeconds: Number(BUSY_RETRY_SECONDS) });
  res.writeHead(429, {
    ...edgeErrorHeaders({ 'Retry-After': BUSY_RETRY_SECONDS, 'Access-Control-Allow-Origin': '*' }),
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(method === 'HEAD' ? undefined : body);
}

function answer(res: ServerResponse, method: string, status: 405 | 429, extra: Record<string, string>): void {
  const body = edgeErrorHtml(status);
  res.writeHead(status, { ...edgeErrorHeaders(extra), 'Content-Length': Buffer.byteLength(body) });
  res.end(method === 'HEAD' ? undefined : body);
}

/** The page of the site a path is, or null (for the Allow header). */
function pageOf(path: string) {
  try {
    return readRequest(new URL(`http://localhost${path}`)).page;
  } catch {
    return null;
  }
}
