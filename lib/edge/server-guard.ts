import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { edgeErrorHeaders, edgeErrorHtml } from './error-page';
import { allowedMethods, FORBIDDEN_BY_FETCH, methodAnswer } from './methods';
import { localeRest } from './request-guard';

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
    for (const listener of listeners) server.on('request', guard(listener));
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

function guard(listener: Listener): Listener {
  return (req, res) => {
    const method = req.method ?? '';
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const refused = FORBIDDEN_BY_FETCH.has(method) || (OUTSIDE_PROXY.test(path) && methodAnswer(method, null)?.status === 405);
    if (!refused) return listener(req, res);
    const allow = allowedMethods(localeRest(path)).join(', ');
    const body = edgeErrorHtml(405);
    res.writeHead(405, { ...edgeErrorHeaders({ Allow: allow }), 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  };
}
