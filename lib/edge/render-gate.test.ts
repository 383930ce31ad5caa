import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultCode } from '@/lib/addresses/result-link';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { gateOptionsFrom, RenderGate, DEFAULT_GATE } from './render-gate';
import { gatedKey, installServerGuard } from './server-guard';

describe('RenderGate', () => {
  it('runs at most `concurrency` at once and the rest in arrival order as slots free', () => {
    const gate = new RenderGate({ concurrency: 2, queueLimit: 10, warmLimit: 0 });
    const started: number[] = [];
    const tickets = [0, 1, 2, 3, 4].map((i) => gate.admit(() => started.push(i)));
    expect(tickets.map((t) => t.admission)).toEqual(['now', 'now', 'queued', 'queued', 'queued']);
    expect(started).toEqual([0, 1]);
    tickets[1]!.release();
    expect(started).toEqual([0, 1, 2]);
    tickets[0]!.release();
    tickets[2]!.release();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(gate.load).toEqual({ active: 2, waiting: 0 });
  });

  it('refuses, and runs nothing, when the queue is full', () => {
    const gate = new RenderGate({ concurrency: 1, queueLimit: 1, warmLimit: 0 });
    let ran = 0;
    gate.admit(() => ran++);
    expect(gate.admit(() => ran++).admission).toBe('queued');
    expect(gate.admit(() => ran++).admission).toBe('refused');
    expect(ran).toBe(1);
  });

  it('drops a request released while it waits (the client left) without freeing a slot, and ignores a second release', () => {
    const gate = new RenderGate({ concurrency: 1, queueLimit: 5, warmLimit: 0 });
    const started: string[] = [];
    const first = gate.admit(() => started.push('first'));
    const gone = gate.admit(() => started.push('gone'));
    const third = gate.admit(() => started.push('third'));
    gone.release();
    gone.release();
    expect(gate.load).toEqual({ active: 1, waiting: 2 });
    first.release();
    first.release();
    expect(started).toEqual(['first', 'third']);
    expect(gate.load.active).toBe(1);
    third.release();
    expect(gate.load).toEqual({ active: 0, waiting: 0 });
  });

  it('remembers the most recent cached addresses, up to its limit', () => {
    const gate = new RenderGate({ concurrency: 1, queueLimit: 1, warmLimit: 2 });
    gate.markWarm('/a');
    gate.markWarm('/b');
    expect(gate.isWarm('/a')).toBe(true); // now the most recent
    gate.markWarm('/c');
    expect([gate.isWarm('/a'), gate.isWarm('/b'), gate.isWarm('/c')]).toEqual([true, false, true]);
    const none = new RenderGate({ concurrency: 1, queueLimit: 1, warmLimit: 0 });
    none.markWarm('/a');
    expect(none.isWarm('/a')).toBe(false);
  });

  it('reads its settings from the environment, keeping the default for values that are not whole numbers in range', () => {
    expect(gateOptionsFrom({ RENDER_CONCURRENCY: '3', RENDER_QUEUE_LIMIT: '0', RENDER_WARM_LIMIT: '50' })).toEqual({
      concurrency: 3,
      queueLimit: 0,
      warmLimit: 50,
    });
    expect(gateOptionsFrom({ RENDER_CONCURRENCY: '0', RENDER_QUEUE_LIMIT: 'many', RENDER_WARM_LIMIT: '-1' })).toEqual(DEFAULT_GATE);
  });
});

const CODE = resultCode(DECISION_CASES.brochure);

describe('gatedKey', () => {
  it('gates the renders a visitor can choose: results, their files, answers, comparisons and the assessment API', () => {
    for (const url of [
      `/en/result/${CODE}`,
      `/zh/result/${CODE}/preview.png`,
      `/en/result/${CODE}/calendar.ics`,
      `/en/assessment/q/hosting?v=2`,
      `/zh/assessment/q/hosting/2-000`,
      `/en/compare?r=${CODE}`,
      `/api/assessment/${CODE}`,
    ])
      expect(gatedKey('GET', url), url).toBe(url);
    expect(gatedKey('HEAD', `/en/result/${CODE}`)).toBe(`/en/result/${CODE}`);
  });

  it('lets everything else straight through: content pages, other methods, addresses the proxy refuses', () => {
    for (const url of ['/en', '/zh/guides', '/en/enquiry', '/_next/static/x.js', '/api/sources', '/en/result/not-a-code'])
      expect(gatedKey('GET', url), url).toBeNull();
    expect(gatedKey('POST', `/en/result/${CODE}`)).toBeNull();
  });
});

describe('the server guard', () => {
  // A server whose renders last until the test lets them end: at most RENDER_CONCURRENCY=2 gated requests may be
  // inside at once, RENDER_QUEUE_LIMIT=3 wait.
  let origin = '';
  let inside = 0;
  let most = 0;
  const held: (() => void)[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
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
  });
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
    process.env.RENDER_CONCURRENCY = '2';
    process.env.RENDER_QUEUE_LIMIT = '3';
    installServerGuard();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (path: string) =>
    new Promise<{ status: number; retryAfter?: string; body: string }>((resolve, reject) => {
      const req = httpRequest(`${origin}${path}`, { agent: false }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] as string | undefined, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('lets two renders in at a time, queues three, answers the rest 429 with Retry-After and a page', async () => {
    most = 0;
    let refused = 0;
    const answers = [1, 2, 3, 4, 5, 6, 7].map((i) =>
      get(`/en/result/${CODE}?n=${i}`).then((a) => {
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
    expect(busy.retryAfter).toBe('5');
    expect(busy.body).toContain('busy');
  });

  it('never holds a page that is not gated, lets an address Next has cached past a full queue, and tells API callers in JSON', async () => {
    await get(`/en/result/${CODE}?cached`); // its response says HIT: remembered as cached
    // Two in, three waiting, the sixth refused: the gate is full.
    let refused = 0;
    const renders = [1, 2, 3, 4, 5, 6].map((i) =>
      get(`/en/result/${CODE}?slow=${i}`).then((a) => {
        if (a.status === 429) refused++;
        return a.status;
      }),
    );
    await until(() => inside === 2 && refused === 1);
    const api = await get(`/api/assessment/${CODE}`);
    expect([api.status, api.retryAfter, JSON.parse(api.body)]).toEqual([429, '5', { error: 'busy', retryAfterSeconds: 5 }]);
    const [home, cached] = await Promise.all([get('/en'), get(`/en/result/${CODE}?cached`)]);
    expect([home.status, cached.status]).toEqual([200, 200]);
    expect(inside).toBe(2); // both answered while the renders were still running
    await endRenders();
    expect((await Promise.all(renders)).sort()).toEqual([200, 200, 200, 200, 200, 429]);
  });
});
