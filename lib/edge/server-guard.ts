import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { edgeErrorHeaders, edgeErrorHtml } from './error-page';
import { allowedMethods, FORBIDDEN_BY_FETCH } from './methods';
import { localeRest } from './request-guard';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;
const GUARDED = Symbol.for('icp-compass.method-guard');

/**
 * Answers TRACE, TRACK and CONNECT with 405 before Next sees them. Next builds a fetch Request for its proxy
 * and the WHATWG Request constructor throws for these methods, so every one became a 500 with a stack trace
 * in the log; no proxy, config option or route can catch that. Node announces each request on the
 * documented `http.server.request.start` channel before the server's 'request' listeners run, which lets
 * this wrap the listeners of `next start`'s server once (see docs/adr/0001-method-guard-before-next.md).
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
    // Node emits this first request after the channel, so it too reaches the guarded listeners.
  });
}

function guard(listener: Listener): Listener {
  return (req, res) => {
    if (!FORBIDDEN_BY_FETCH.has(req.method ?? '')) return listener(req, res);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const allow = allowedMethods(localeRest(path)).join(', ');
    const body = edgeErrorHtml(405);
    res.writeHead(405, { ...edgeErrorHeaders({ Allow: allow }), 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  };
}
