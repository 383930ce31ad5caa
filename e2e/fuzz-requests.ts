// The requests `npm run fuzz` sends: seeded, so a failing run can be repeated with --seed.
import { QUESTIONS } from '../lib/assessment/questions';
import { decodeAnswers } from '../lib/assessment/codec';
import { questionCode } from '../lib/addresses/result-link';
import { LOCALES as SITE_LOCALES } from '../lib/i18n/routing';
import type { Question } from '../lib/assessment/types';

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Methods beyond GET, HEAD and POST: the ones a page does not serve, OPTIONS, and those fetch cannot even send. */
export const OTHER_METHODS = ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'CONNECT', 'get'] as const;

/** mulberry32: a small seeded generator. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Values a hand-edited or hostile link can carry: empty, broken percent-encoding, markup, prototype names,
// numbers where ids belong, very long runs, right-to-left marks, emoji, path traversal.
const NASTY = [
  '',
  ' ',
  '%',
  '%E0%A4%A',
  '%00',
  '%ZZ',
  '..%2F..%2F',
  '../../etc/passwd',
  '%2e%2e%2f',
  '<script>alert(1)</script>',
  '"\'><img src=x>',
  '__proto__',
  'constructor',
  'toString',
  '-1',
  '1e309',
  'NaN',
  '[]',
  '{}',
  '9'.repeat(600),
  'a'.repeat(5000),
  '中文',
  '\u202e',
  '😀',
  'yes,no',
  ',,,',
  'none,none',
  'true',
  'null',
  'javascript:alert(1)',
  '//evil.example',
  'https://evil.example/',
];
// Mostly the real locales, so most requests reach the pages rather than the redirect into a locale.
// The rest are near misses: a locale the site lacks, wrong case, a region or script tag, a language's own name, a dot segment.
const LOCALES = [...SITE_LOCALES, ...SITE_LOCALES, ...SITE_LOCALES, ...SITE_LOCALES, 'fr', 'EN', 'zh-CN', 'zh-Hant', '中文', '..'];
const PAGES = ['', 'assessment', 'contact', 'categories', 'categories/community', 'guides', 'guides/filing-or-licence', 'faq', 'glossary'];

/**
 * What the fuzzer reads off the running site before it starts: the server actions' ids that its forms carry (so a
 * malformed body reaches the action's own parser, not only "no such action") and a framework file (for methods on it).
 */
export interface SiteFacts {
  actionIds: readonly string[];
  staticFiles: readonly string[];
}

/** Pages that post a form to themselves (their server action reads the body). */
const FORM_PAGES = ['/en/enquiry', '/zh/enquiry', '/en/inbox/sign-in', '/zh/watch', '/en/result/3-7gm000004380mg18'];

/**
 * The malformed requests a security review found answered with 500, sent first on every run so that a seed cannot
 * miss them: every method on framework files, truncated and boundary-less multipart bodies on each form page, and
 * bodies a server action cannot read under each of the site's action ids.
 */
export function knownCases(site: SiteFacts, origin: string): FuzzRequest[] {
  const cases: FuzzRequest[] = [];
  const post = (path: string, type: string, body: string, action?: string): FuzzRequest => ({
    method: 'POST',
    path,
    headers: { origin, 'content-type': type, ...(action ? { 'next-action': action } : {}) },
    body,
  });
  for (const file of site.staticFiles) for (const method of OTHER_METHODS) cases.push({ method, path: file, headers: {} });
  const part = '--XYZ\r\ncontent-disposition: form-data; name="message"\r\n\r\nhello';
  for (const path of FORM_PAGES) {
    cases.push(post(path, 'multipart/form-data; boundary=XYZ', part));
    cases.push(post(path, 'multipart/form-data', `${part}\r\n--XYZ--\r\n`));
    for (const action of site.actionIds) {
      cases.push(post(path, 'multipart/form-data; boundary=XYZ', part, action));
      for (const body of ['[{', 'garbage', '', '{"a":1}'])
        for (const type of ['text/plain;charset=UTF-8', 'application/octet-stream']) cases.push(post(path, type, body, action));
    }
  }
  return cases;
}

export function generator(seed: number, site: SiteFacts = { actionIds: [], staticFiles: [] }) {
  const random = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;

  function validValue(question: Question): string {
    if (question.kind === 'yesno') return pick(['yes', 'no']);
    const options = (question.options as readonly { id: string }[]).map((o) => o.id);
    if (question.kind === 'multi') {
      const chosen = options.filter(() => chance(0.3));
      return (chosen.length > 0 ? chosen : [pick(options)]).join(',');
    }
    return pick(options);
  }

  /** Answers, mostly valid, then mutated: invalid values, duplicates, unknown and prototype keys, array syntax, stale versions. */
  function answerPairs(): [string, string][] {
    const params: [string, string][] = [];
    for (const question of QUESTIONS) if (chance(0.85)) params.push([question.id, validValue(question)]);
    const mutations = Math.floor(random() * 4);
    for (let m = 0; m < mutations; m++) {
      const question = pick(QUESTIONS);
      switch (Math.floor(random() * 8)) {
        case 0:
          params.push([question.id, pick(NASTY)]);
          break;
        case 1:
          params.push([question.id, validValue(question)]);
          break;
        case 2:
          params.push([
            pick(['__proto__', 'constructor', 'x', 'utm_source', '', '%', `${question.id}[]`, `${question.id}[0]`, 'result', '_rsc']),
            pick(NASTY),
          ]);
          break;
        case 3:
          params.splice(Math.floor(random() * (params.length + 1)), 0, ['step', pick([question.id, ...NASTY])]);
          break;
        case 4:
          params.push(['v', pick(['0', '1', '2', '01', 'abc', '', '-1', '1.0', '9'.repeat(40)])]);
          break;
        case 5:
          if (params.length > 0) params.splice(Math.floor(random() * params.length), 1);
          break;
        case 6:
          params.sort(() => random() - 0.5);
          break;
        default:
          params.push([question.id, `${validValue(question)},${pick(NASTY)}`]);
      }
    }
    if (chance(0.9)) params.push(['v', pick(['1', '1', '1', '0'])]);
    return params;
  }

  /** Raw join: keeps the malformed percent sequences a hand-edited link can carry. */
  function query(params: [string, string][]): string {
    return params.map(([k, v]) => `${chance(0.8) ? encodeURIComponent(k) : k}=${chance(0.8) ? encodeURIComponent(v) : v}`).join('&');
  }

  function segment(): string {
    const value = pick(NASTY);
    return value === '' ? 'x' : encodeURIComponent(value).replace(/%25/g, chance(0.5) ? '%' : '%25');
  }

  /** A result code: a well-formed one for a random number (rarely one that reads), or one with a character changed. */
  function code(): string {
    const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
    const body = Array.from({ length: 2 + Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * 32)]).join('');
    return `${pick(['1', '1', '2', '0', '99999'])}-${chance(0.9) ? body : segment()}`;
  }

  /** What the contact page's `result` parameter may be given: result links (good and bad), other paths, junk. */
  function resultParam(locale: string): string {
    const link = `/${pick([locale, ...SITE_LOCALES, 'fr'])}/assessment/result?${query(answerPairs())}`;
    switch (Math.floor(random() * 6)) {
      case 0:
        return encodeURIComponent(link);
      case 1:
        return encodeURIComponent(`https://evil.example${link}`);
      case 2:
        return encodeURIComponent(pick(NASTY));
      case 3:
        return `${encodeURIComponent(link)}&result=${encodeURIComponent(pick(NASTY))}`;
      case 4:
        return link;
      default:
        return encodeURIComponent(link.repeat(1 + Math.floor(random() * 8)));
    }
  }

  function path(): string {
    const locale = pick(LOCALES);
    switch (Math.floor(random() * 6)) {
      case 0: {
        const question = chance(0.85) ? pick(QUESTIONS).id : segment();
        // The query form (a submission when it names its step), or the canonical address: the code of answers that
        // read (one character changed now and then), a made-up code, and a query it should ignore.
        if (chance(0.5)) return `/${locale}/assessment/q/${question}?${query(answerPairs())}${chance(0.5) ? `&step=${question}` : ''}`;
        const real = questionCode(decodeAnswers(new URLSearchParams(answerPairs())).answers);
        const at = chance(0.3) ? code() : chance(0.2) ? `${real.slice(0, -2)}${pick([...'0z1q'])}${real.slice(-1)}` : real;
        return `/${locale}/assessment/q/${question}/${at}${chance(0.2) ? `?${query(answerPairs())}` : ''}`;
      }
      case 1:
        return `/${locale}/assessment/result?${query(answerPairs())}`;
      case 2:
        return chance(0.7) ? `/api/assessment?${query(answerPairs())}` : `/api/assessment/${chance(0.5) ? code() : segment()}`;
      case 3:
        return `/${locale}/contact?result=${resultParam(locale)}`;
      case 4:
        return `/${locale}/${pick([...PAGES, `categories/${segment()}`, `guides/${segment()}`, `assessment/result/${segment()}`, `result/${segment()}`, `result/1-${segment()}`, `result/${code()}`, segment(), `${segment()}/${segment()}`])}${chance(0.3) ? `?${query(answerPairs())}` : ''}`;
      default:
        return pick([
          '/',
          '/robots.txt',
          '/sitemap.xml',
          '/icon.svg',
          '/favicon.ico',
          `/${segment()}`,
          `/${segment()}.txt`,
          `/api/${segment()}`,
          '/api',
          `/_next/${segment()}`,
        ]);
    }
  }

  /** Headers browsers, proxies and attackers send, including the ones only the site's proxy may set. */
  function headers(): Record<string, string> {
    const result: Record<string, string> = {};
    if (chance(0.5))
      result['accept-language'] = pick(['zh-CN,zh;q=0.9', 'en', '*', 'xx;q=abc', 'zh-TW;q=0.1,en;q=0.9', ';;;', 'a'.repeat(2000)]);
    if (chance(0.1)) result['x-forwarded-host'] = pick(['evil.example', '', 'evil.example:443']);
    if (chance(0.05)) result['x-forwarded-proto'] = pick(['https', 'gopher', '']);
    if (chance(0.05)) result.rsc = '1';
    if (chance(0.05)) result['next-router-prefetch'] = '1';
    if (chance(0.05)) result['next-router-state-tree'] = pick(['garbage', '%7B', encodeURIComponent('["",{}]')]);
    if (chance(0.05)) result['next-url'] = pick(['/en/contact', '/../../', 'https://evil.example']);
    if (chance(0.05)) result['content-security-policy'] = "script-src 'nonce-attacker'";
    if (chance(0.05)) result['x-icp-result'] = encodeURIComponent(`hosting=mainland&forms=website&v=1`);
    if (chance(0.03)) result['x-middleware-subrequest'] = 'proxy:proxy:proxy:proxy:proxy';
    if (chance(0.05)) result.cookie = pick(['NEXT_LOCALE=zh', '__prerender_bypass=1', 'x'.repeat(3000)]);
    return result;
  }

  /** A POST body: the form page's own fields (without a valid action), junk, or too large, in assorted content types. */
  function postBody(request: FuzzRequest, origin: string) {
    const originHeader = pick([origin, origin, 'https://evil.example', 'null', 'not a url', '', undefined]);
    if (originHeader !== undefined) request.headers.origin = originHeader;
    const size = pick([0, 100, 2000, 60_000, 70_000, 1_100_000]);
    switch (Math.floor(random() * 5)) {
      case 0: {
        const boundary = `----fuzz${Math.floor(random() * 1e9)}`;
        const fields = [
          ['$ACTION_ID_' + pick(['0'.repeat(42), 'abc', '']), ''],
          ['$ACTION_KEY', pick(['k', '', 'x'.repeat(100)])],
          ['submission', pick(['', 'abc', `${'a'.repeat(6)}.${'b'.repeat(12)}.${'c'.repeat(22)}`])],
          ['name', pick(NASTY)],
          ['email', pick(['a@example.com', ...NASTY])],
          ['message', 'm'.repeat(size)],
          ['consent', 'on'],
        ];
        request.headers['content-type'] = pick([
          `multipart/form-data; boundary=${boundary}`,
          'multipart/form-data',
          'multipart/form-data; boundary=',
        ]);
        const body =
          fields.map(([k, v]) => `--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join('') +
          `--${boundary}--\r\n`;
        // A body cut short (a dropped connection, a client that lies about the form): no closing boundary.
        request.body = chance(0.3) ? body.slice(0, Math.floor(random() * body.length)) : body;
        return;
      }
      case 1:
        request.headers['content-type'] = 'application/x-www-form-urlencoded';
        request.body = `${query(answerPairs())}&pad=${'p'.repeat(size)}`;
        return;
      case 2:
        request.headers['content-type'] = pick([
          'text/plain',
          'application/json',
          'text/x-component',
          'application/octet-stream',
          '',
          ';;;',
        ]);
        request.body = pick(['{}', '[', '"x"', 'null', 'x'.repeat(size)]);
        return;
      case 3:
        // No body at all, with or without a length that promises one.
        if (chance(0.5)) request.headers['content-length'] = '0';
        return;
      default:
        request.headers['content-type'] = 'application/x-www-form-urlencoded';
        request.body = query(answerPairs());
    }
  }

  return function request(origin = ''): FuzzRequest {
    const roll = random();
    const method = roll < 0.84 ? 'GET' : roll < 0.9 ? 'HEAD' : roll < 0.96 ? 'POST' : pick(OTHER_METHODS);
    const result: FuzzRequest = { method, path: path(), headers: headers() };
    // Half the posts go to the page with the form, whose server action reads the body.
    if (method === 'POST' && chance(0.5))
      result.path = `/${pick(['en', 'zh', 'en', 'fr'])}/enquiry${chance(0.3) ? `?result=${resultParam('en')}` : ''}`;
    if (method === 'POST' || (method !== 'GET' && method !== 'HEAD' && chance(0.3))) {
      postBody(result, origin);
      if (chance(0.5)) result.headers['next-action'] = pick(['abc', '0'.repeat(42), '', ...site.actionIds, ...site.actionIds]);
    }
    // Methods on the framework's own files, which the proxy does not see.
    if (method !== 'GET' && method !== 'HEAD' && site.staticFiles.length > 0 && chance(0.3)) result.path = pick(site.staticFiles);
    return result;
  };
}
