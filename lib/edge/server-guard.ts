import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { edgeErrorHeaders, edgeErrorHtml } from './error-page';
import { allowedMethods, FORBIDDEN_BY_FETCH, methodAnswer } from './methods';
import { gateOptionsFrom, RenderGate } from './render-gate';
import { splitLocale } from './reading';
import { pageFor } from '@/lib/pages';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;
const GUARDED = Symbol.for('icp-compass.method-guard');

/**
 * Answers TRACE, TRACK and CONNECT with 405 before Next sees them: Next builds a fetch Request for its proxy,
 * and the WHATWG Request constructor throws for these methods, so each was a 500 with a stack trace in the
 * log, which no proxy, config option or route can catch. Also answers any method but GET, HEAD and OPTIONS on
 * the paths the proxy does not see (the API, the framework's files), whose 405 from Next has no Allow header.
 * Node announces each request on the documented `http.server.request.start` diagnostics channel before the
 * server's 'request' listeners run, which lets this wrap the listeners of `next start`'s server once
 * (docs/adr/0004-method-guard-before-next.md).
 */
export function installServerGuard(): void {
  const holder = globalThis as { [GUARDED]?: boolean };
  if (holder[GUARDED]) return;
  holder[GUARDED] = true;
  const wrapped = new WeakSet<Server>();
  subscribe('http.server.request.start', (message) => {
    const { server } = message as { server: Server };
    if (wrapped.has(server)) return;
    wrapped.add(server);
    const listeners = server.listeners('request') as Listener[];
    server.removeAllListeners('request');
    const gate = new RenderGate(gateOptionsFrom(process.env));
    for (const listener of listeners) server.on('request', guard(listener, gate));
    // Without a 'connect' listener Node drops a CONNECT's connection unanswered; answer it like TRACE.
    if (server.listenerCount('connect') === 0)
      server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
        const body = edgeErrorHtml(405);
        const length = String(Buffer.byteLength(body));
        const head = Object.entries(
          edgeErrorHeaders({ Allow: allowedMethods(null).join(', '), 'Content-Length': length, Connection: 'close' }),
        );
        socket.end(`HTTP/1.1 405 Method Not Allowed\r\n${head.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`);
      });
    // Node emits this first request after the channel, so it too reaches the guarded listeners.
  });
}

/** Paths the proxy does not see (its matcher): the API and the framework's files. They are only ever read. */
const OUTSIDE_PROXY = /^\/(?:api|_next)(?:\/|$)/;

/** The framework's own files, which only the server's static handler answers. */
const FRAMEWORK_FILES = /^\/_next\//;

/** The JSON of a result works out what-ifs and plans like its page does. */
const GATED_API = /^\/api\/assessment(?:\/|$)/;

/**
 * The gate's key of a request that renders whatever its address holds (a result, answers, a comparison: the page
 * table's `gated` pages and the assessment API), or null for every other request, which never waits.
 */
export function gatedKey(method: string, url: string): string | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  const path = url.split('?')[0] ?? '/';
  if (GATED_API.test(path)) return url;
  const where = splitLocale(path);
  return where && pageFor(where.locale, where.sitePath)?.gated ? url : null;
}

/** What Next says of a response it served from its cache, or stored in it. */
const FROM_CACHE = new Set(['HIT', 'MISS', 'STALE']);

function guard(listener: Listener, gate: RenderGate): Listener {
  return (req, res) => {
    const method = req.method ?? '';
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const refused = FORBIDDEN_BY_FETCH.has(method) || (OUTSIDE_PROXY.test(path) && methodAnswer(method, null)?.status === 405);
    if (refused) return answer(res, method, 405, { Allow: allowedMethods(pageOf(path)).join(', ') });
    // OPTIONS on a framework file: Next's static handler answers it with a 500 and a stack trace (ADR 0011).
    if (method === 'OPTIONS' && FRAMEWORK_FILES.test(path)) {
      res.writeHead(204, { Allow: allowedMethods(null).join(', '), 'Cache-Control': 'no-store' });
      return res.end();
    }
    const key = gatedKey(method, req.url ?? '/');
    if (key === null) return listener(req, res);
    // Remember what Next now has in its cache: the next request for it is a cheap read and needs no turn.
    res.once('finish', () => {
      if (FROM_CACHE.has(String(res.getHeader('x-nextjs-cache')))) gate.markWarm(key);
    });
    if (gate.isWarm(key)) return listener(req, res);
    const { admission, release } = gate.admit(() => listener(req, res));
    if (admission === 'refused') {
      if (GATED_API.test(path)) return busyJson(res, method);
      return answer(res, method, 429, { 'Retry-After': BUSY_RETRY_SECONDS });
    }
    // Over when the response is (or the client has gone, even while it was still waiting). Node emits 'close' after the
    // listener has returned, so a response Next ends at once frees its slot too (the guard's test sends one).
    res.once('close', release);
  };
}

const BUSY_RETRY_SECONDS = '5';

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

/** The page a path is (with its locale), or null. */
function pageOf(path: string) {
  const where = splitLocale(path);
  return where && pageFor(where.locale, where.sitePath);
}
