import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resultCode } from '@/lib/addresses/result-link';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { RenderGate, type RenderGateOptions } from './render-gate';
import { guardRequests, refuseConnect, type Handler } from './guard';

/** A gate whose deferred starts run only when the test says: what runs inside a release, and what runs later. */
function manualGate(options: Partial<RenderGateOptions>, others?: { busy(): boolean; maxWaitMs: number }) {
  const deferred: (() => void)[] = [];
  const gate = new RenderGate(
    { concurrency: 1, queueLimit: 10, perClient: 10, warmLimit: 0, ...options },
    (fn) => deferred.push(fn),
    others,
  );
  const turn = () => deferred.splice(0).forEach((fn) => fn());
  return { gate, turn, pending: () => deferred.length };
}

describe('RenderGate', () => {
  it('runs at most `concurrency` at once and the rest in arrival order as slots free, each on a later turn', () => {
    const { gate, turn } = manualGate({ concurrency: 2 });
    const started: number[] = [];
    const tickets = [0, 1, 2, 3, 4].map((i) => gate.admit(`client${i}`, () => started.push(i)));
    expect(tickets.map((t) => t.admission)).toEqual(['now', 'now', 'queued', 'queued', 'queued']);
    // Never inside the call that admits it: on a later turn of the event loop.
    expect(started).toEqual([]);
    turn();
    expect(started).toEqual([0, 1]);
    tickets[1]!.release();
    // Nor inside the release that freed the slot.
    expect(started).toEqual([0, 1]);
    turn();
    expect(started).toEqual([0, 1, 2]);
    tickets[0]!.release();
    tickets[2]!.release();
    turn();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(gate.load).toEqual({ active: 2, waiting: 0, clients: 2 });
  });

  it('keeps a freed slot for the queue: a newcomer does not overtake those waiting', () => {
    const { gate, turn } = manualGate({});
    const started: string[] = [];
    const first = gate.admit('a', () => started.push('first'));
    gate.admit('b', () => started.push('waiting'));
    turn();
    first.release();
    expect(gate.admit('c', () => started.push('newcomer')).admission).toBe('queued');
    turn();
    expect(started).toEqual(['first', 'waiting']);
  });

  it('starts the next render once the other requests in progress are answered, or when it has waited long enough', () => {
    vi.useFakeTimers();
    try {
      let busy = false;
      const { gate, turn } = manualGate({}, { busy: () => busy, maxWaitMs: 100 });
      const started: string[] = [];
      const first = gate.admit('a', () => started.push('first'));
      const second = gate.admit('b', () => started.push('second'));
      gate.admit('c', () => started.push('third'));
      turn();
      expect(started).toEqual(['first']);
      busy = true;
      first.release();
      turn();
      expect(started).toEqual(['first']); // the home page is being answered: the render waits
      busy = false;
      gate.wake();
      turn();
      expect(started).toEqual(['first', 'second']);
      // Others never stop: the render waits at most maxWaitMs, then starts all the same.
      busy = true;
      second.release();
      turn();
      vi.advanceTimersByTime(99);
      expect(started).toEqual(['first', 'second']);
      vi.advanceTimersByTime(1);
      expect(started).toEqual(['first', 'second', 'third']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses, and runs nothing, when the queue is full', () => {
    const { gate, turn } = manualGate({ queueLimit: 1 });
    let ran = 0;
    expect(gate.admit('a', () => ran++).admission).toBe('now');
    expect(gate.admit('b', () => ran++).admission).toBe('queued');
    expect(gate.admit('c', () => ran++)).toMatchObject({ admission: 'refused', refusedBy: 'queue' });
    turn();
    expect(ran).toBe(1);
  });

  it('gives one client at most `perClient` slots and places, so another client still gets its turn', () => {
    const { gate, turn } = manualGate({ perClient: 2, queueLimit: 5 });
    const started: string[] = [];
    // One client opens 250 connections: two are admitted, the rest refused at once, and the queue keeps room.
    const flood = Array.from({ length: 250 }, (_, i) => gate.admit('flood', () => started.push(`flood${i}`)));
    expect(flood.filter((t) => t.admission !== 'refused')).toHaveLength(2);
    expect(flood[2]).toMatchObject({ admission: 'refused', refusedBy: 'client' });
    const visitor = gate.admit('visitor', () => started.push('visitor'));
    expect(visitor.admission).toBe('queued');
    turn();
    // In arrival order: the client's two, then the visitor.
    flood[0]!.release();
    turn();
    flood[1]!.release();
    turn();
    expect(started).toEqual(['flood0', 'flood1', 'visitor']);
    // The client's share comes back as its requests end.
    expect([1, 2, 3].map(() => gate.admit('flood', () => {}).admission)).toEqual(['queued', 'queued', 'refused']);
  });

  it('drops a request released while it waits (the client left) without freeing a slot, and ignores a second release', () => {
    const { gate, turn } = manualGate({ concurrency: 1, queueLimit: 5 });
    const started: string[] = [];
    const first = gate.admit('a', () => started.push('first'));
    const gone = gate.admit('a', () => started.push('gone'));
    const third = gate.admit('b', () => started.push('third'));
    turn();
    gone.release();
    gone.release();
    expect(gate.load).toEqual({ active: 1, waiting: 1, clients: 2 });
    first.release();
    first.release();
    turn();
    expect(started).toEqual(['first', 'third']);
    expect(gate.load.active).toBe(1);
    third.release();
    turn();
    expect(gate.load).toEqual({ active: 0, waiting: 0, clients: 0 });
  });

  it('remembers the most recent cached addresses, up to its limit', () => {
    const { gate } = manualGate({ warmLimit: 2 });
    gate.markWarm('/a');
    gate.markWarm('/b');
    expect(gate.isWarm('/a')).toBe(true); // now the most recent
    gate.markWarm('/c');
    expect([gate.isWarm('/a'), gate.isWarm('/b'), gate.isWarm('/c')]).toEqual([true, false, true]);
    const none = manualGate({ warmLimit: 0 }).gate;
    none.markWarm('/a');
    expect(none.isWarm('/a')).toBe(false);
  });
});

const CODE = resultCode(DECISION_CASES.brochure);

describe('the server guard', () => {
  // A stand-in for Next whose renders last until the test lets them end: at most 2 gated requests inside at once, 3 wait,
  // each client (X-Forwarded-For, one trusted hop) holds at most 3.
  let origin = '';
  let inside = 0;
  let most = 0;
  const held: (() => void)[] = [];
  const next: Handler = (req, res) => {
    if (req.url!.includes('cached') || !req.url!.includes('result')) {
      if (req.url!.includes('cached')) res.setHeader('x-nextjs-cache', 'HIT');
      return res.end('ok');
    }
    inside++;
    most = Math.max(most, inside);
    held.push(() => {
      inside--;
      res.end('ok');
    });
  };
  const server = createServer(guardRequests(next, { concurrency: 2, queueLimit: 3, perClient: 3, warmLimit: 10 }, 1));
  server.on('connect', refuseConnect);
  const endRenders = async () => {
    while (held.length > 0 || inside > 0) {
      held.splice(0).forEach((end) => end());
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  const until = async (test: () => boolean) => {
    for (let i = 0; i < 400 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(test()).toBe(true);
  };

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };
  const send = (path: string, method = 'GET', client = '203.0.113.1') =>
    new Promise<Answer>((resolve, reject) => {
      const req = httpRequest(`${origin}${path}`, { method, agent: false, headers: { 'x-forwarded-for': client } }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
  const get = (path: string, client?: string) => send(path, 'GET', client);

  it('lets two renders in at a time, queues three, answers the rest 429 with Retry-After and a page', async () => {
    most = 0;
    let refused = 0;
    const answers = [1, 2, 3, 4, 5, 6, 7].map((i) =>
      get(`/en/result/${CODE}?n=${i}`, `198.51.100.${i}`).then((a) => {
        if (a.status === 429) refused++;
        return a;
      }),
    );
    await until(() => inside === 2 && refused === 2);
    await endRenders();
    const done = await Promise.all(answers);
    expect(most).toBe(2);
    expect(done.filter((a) => a.status === 200)).toHaveLength(5);
    const busy = done.find((a) => a.status === 429)!;
    expect(busy.headers['retry-after']).toBe('5');
    expect(busy.body).toContain('busy');
  });

  it('refuses one client beyond its share while another client still gets a place', async () => {
    let refused = 0;
    const flood = [1, 2, 3, 4, 5, 6].map((i) =>
      get(`/en/result/${CODE}?flood=${i}`, '192.0.2.7').then((a) => {
        if (a.status === 429) refused++;
        return a.status;
      }),
    );
    await until(() => inside === 2 && refused === 3);
    const visitor = get(`/en/result/${CODE}?visitor`, '192.0.2.8');
    await endRenders();
    expect((await Promise.all(flood)).sort()).toEqual([200, 200, 200, 429, 429, 429]);
    expect((await visitor).status).toBe(200);
  });

  it('never holds a page that is not gated, a redirect, or an address Next has cached, and tells API callers in JSON', async () => {
    await get(`/en/result/${CODE}?cached`); // its response says HIT: remembered as cached
    // Two in, three waiting, the sixth refused: the gate is full.
    let refused = 0;
    const renders = [1, 2, 3, 4, 5, 6].map((i) =>
      get(`/en/result/${CODE}?slow=${i}`, `198.51.100.${i}`).then((a) => {
        if (a.status === 429) refused++;
        return a.status;
      }),
    );
    await until(() => inside === 2 && refused === 1);
    const api = await get(`/api/assessment/${CODE}`, '198.51.100.99');
    expect([api.status, api.headers['retry-after'], JSON.parse(api.body)]).toEqual([429, '5', { error: 'busy', retryAfterSeconds: 5 }]);
    // A question's query form moves on (a redirect, here the stand-in's 200): it never waits.
    const [home, cached, redirect] = await Promise.all([get('/en'), get(`/en/result/${CODE}?cached`), get('/en/assessment/q/hosting?v=3')]);
    expect([home.status, cached.status, redirect.status]).toEqual([200, 200, 200]);
    expect(inside).toBe(2); // all answered while the renders were still running
    await endRenders();
    expect((await Promise.all(renders)).sort()).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('answers methods fetch cannot represent with 405 and Allow, and OPTIONS on the framework files and the API with 204', async () => {
    // (TRACK never gets this far: Node's HTTP parser answers it 400 itself.)
    const trace = await send('/en/enquiry', 'TRACE');
    expect([trace.status, trace.headers.allow, trace.headers['x-frame-options']]).toEqual([405, 'GET, HEAD, POST, OPTIONS', 'DENY']);
    const put = await send('/api/assessment', 'PUT');
    expect([put.status, put.headers.allow]).toEqual([405, 'GET, HEAD, OPTIONS']);
    for (const path of ['/_next/static/chunks/app.js', '/api/sources', '/api/assessment/3-000']) {
      const options = await send(path, 'OPTIONS');
      expect([options.status, options.headers.allow, options.body], path).toEqual([204, 'GET, HEAD, OPTIONS', '']);
    }
    const tunnel = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(origin).port), '127.0.0.1', () =>
        socket.write('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com\r\n\r\n'),
      );
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(tunnel).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/);
    expect(tunnel).toMatch(/\r\nAllow: GET, HEAD, OPTIONS\r\n/);
  });
});
