import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import proxy, { STEPS } from '@/proxy';
import { QUESTIONS, decodeAnswers } from '@/lib/assessment';
import { encodeQuestionCode, encodeResultCode } from '@/lib/assessment/result-code';
import { questionCode, resultCode } from '@/lib/addresses/result-link';

const BROCHURE =
  'activities=none-of-these&foreign-share=none&forms=website&hosting=mainland&location=zhejiang&operator=mainland-company&revenue=none&sectors=none&v=3';
/** The same brochure site in the questions of versions 1 and 2. */
const OLD_BROCHURE =
  'activities=none&foreign-share=none&forms=website&hosting=mainland&operator=mainland-company&revenue=none&sectors=none';

/** The proxy's answer to a request without a body to read, which it gives at once. */
function send(path: string, init: { method?: string; headers?: Record<string, string> } = {}): Response {
  const response = proxy(new NextRequest(new URL(path, 'http://site.test'), init));
  if (response instanceof Promise) throw new Error(`${path}: the proxy read a body`);
  return response;
}

/** What the proxy let through to the page: the request headers it set, or null when it answered itself. */
function forwarded(response: Response, name: string): string | null {
  const overridden = response.headers.get('x-middleware-override-headers');
  if (overridden === null) return null;
  return overridden.split(',').includes(name) ? response.headers.get(`x-middleware-request-${name}`) : null;
}

const passedOn = (response: Response) => response.headers.get('x-middleware-next') === '1';

describe('the proxy', () => {
  it('runs its steps in this order', () => {
    expect(STEPS.map((s) => s.name)).toEqual([
      'dropPrivateHeaders',
      'moveForwardedFor',
      'refuseRequest',
      'refuseBadAddress',
      'leaveLocales',
      'answerAssessment',
      'refuseUnknownPage',
    ]);
  });

  it('answers methods a page does not serve before anything else, and never passes on a client-chosen address', () => {
    const put = send('/en/nope%E0%A4%A', { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toContain('GET');
    const page = send('/en/faq', { headers: { 'x-forwarded-for': '6.6.6.6' } });
    expect(forwarded(page, 'x-forwarded-for')).toBeNull();
    expect(forwarded(page, 'x-icp-forwarded-chain')).toBe('6.6.6.6');
  });

  it('answers addresses no page can have with its own page, before anything reads them', () => {
    expect(send('/en/assessment/q/hosting%E0%A4%A').status).toBe(400);
    // Undecodable and over-long: the address is refused as undecodable, before its length is looked at.
    expect(send(`/en/%E0%A4%A?x=${'a'.repeat(5000)}`).status).toBe(400);
    expect(send(`/en/faq?x=${'a'.repeat(5000)}`).status).toBe(414);
    expect(send('/_next/made-up-name').status).toBe(404);
  });

  it('sends the visitor into a locale, serves the root files, and 404s other file names', async () => {
    const home = send('/', { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } });
    expect(home.status).toBe(307);
    expect(home.headers.get('location')).toMatch(/\/zh$/);
    expect(passedOn(send('/robots.txt'))).toBe(true);
    expect(send('/secret.env').status).toBe(404);
  });

  it('answers unknown pages with 404 before their query is read', () => {
    const unknown = send('/en/nope?hosting=moon');
    expect(unknown.status).toBe(404);
    // Next would draw `/result/<anything>` with the cached result route: the proxy answers it itself.
    const notACode = send('/en/result/not-a-code');
    expect(notACode.status).toBe(404);
    expect(passedOn(notACode)).toBe(false);
    // Any other method gets the proxy's own page: Next would stream an empty shell.
    expect(send('/en/nope', { method: 'POST' }).headers.get('content-type')).toContain('text/html');
  });

  it("moves a long link of the first release to the first release's own short link: its result as issued", () => {
    const response = send(`/en/assessment/result?${OLD_BROCHURE}&v=1`);
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get('location')!).pathname).toBe('/en/result/1-r0006001n5p');
  });

  it('moves a readable long result link to its short link for good', () => {
    const response = send(`/zh/assessment/result?${BROCHURE}`);
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get('location')!).pathname).toBe(
      `/zh/result/${resultCode(decodeAnswers(new URLSearchParams(BROCHURE)).answers)}`,
    );
  });

  it('reads a short result link before its page: 404 for a code that does not read, 308 for a padded one', () => {
    const code = resultCode(decodeAnswers(new URLSearchParams(BROCHURE)).answers);
    expect(passedOn(send(`/en/result/${code}`))).toBe(true);
    const typo = send(`/en/result/${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`);
    expect(typo.status).toBe(404);
    expect(passedOn(typo)).toBe(false);
    // An individual is not asked about foreign shareholding: a code carrying it moves to the one without.
    const individual: Record<string, string> = { ...Object.fromEntries(new URLSearchParams(BROCHURE)), operator: 'individual' };
    const padded = encodeResultCode('3', QUESTIONS, Object.fromEntries(Object.entries(individual).map(([k, v]) => [k, v.split(',')])));
    const moved = send(`/zh/result/${padded}`);
    expect(moved.status).toBe(308);
    const { 'foreign-share': _, ...without } = individual;
    expect(new URL(moved.headers.get('location')!).pathname).toBe(`/zh/result/${resultCode(decodeAnswers(without).answers)}`);
  });

  it('gives unreadable links 400 and lets the page show them, with no hand-over in a request header', () => {
    const result = send('/en/assessment/result?hosting=moon&v=1');
    expect(passedOn(result) && result.status).toBe(400);
    const other = send('/en/assessment/q/operator?forms=website&hosting=moon');
    expect(passedOn(other) && other.status).toBe(400);
    // A refused answer to the question itself: the question again with its error (and what was ticked).
    const asked = 'forms=website&hosting=mainland&operator=individual&activities=own-content';
    const own = send(`/en/assessment/q/revenue?${asked}&revenue=none,advertising&step=revenue`);
    expect(passedOn(own) && own.status).toBe(400);
    expect(send(`/en/assessment/q/revenue?${asked}&step=revenue`).status).toBe(400);
    for (const response of [result, other, own]) expect(response.headers.get('x-middleware-override-headers') ?? '').not.toMatch(/decoded/);
  });

  it('forgives what chat apps and people do to a link: capitals, trailing punctuation, spaces, with one redirect', () => {
    const code = resultCode(decodeAnswers(new URLSearchParams(BROCHURE)).answers);
    const location = (response: Response) => new URL(response.headers.get('location')!).pathname;
    for (const mangled of [
      code.toUpperCase(),
      `${code}%EF%BC%89`,
      `${code}.`,
      `${code}%E3%80%82`,
      `${code}%22`,
      `${code.slice(0, 5)}%20${code.slice(5)}`,
      `${code}%E3%80%80`,
    ]) {
      const response = send(`/zh/result/${mangled}`);
      expect([response.status, location(response)], mangled).toEqual([308, `/zh/result/${code}`]);
    }
    expect(location(send(`/en/result/${code.toUpperCase()}/print%EF%BC%89`))).toBe(`/en/result/${code}/print`);
    const question = questionCode({ forms: ['website'] });
    expect(location(send(`/en/assessment/q/hosting/${question.toUpperCase()}%E3%80%8D`))).toBe(`/en/assessment/q/hosting/${question}`);
    // What does not read even so is still not found.
    expect(send(`/en/result/${code.slice(0, -2)}!`).status).toBe(404);
  });

  it('moves question pages to their canonical address, and a valid answer on (303), before anything is cached', () => {
    const individual = { forms: ['website'], hosting: 'mainland', operator: 'individual' };
    const location = (response: Response) => new URL(response.headers.get('location')!).pathname;
    const start = send('/zh/assessment/q/forms?v=3');
    expect([start.status, location(start)]).toEqual([308, '/zh/assessment/q/forms/3-000']);
    expect(location(send('/en/assessment/q/forms'))).toBe('/en/assessment/q/forms/3-000');
    const old = send('/en/assessment/q/activities?forms=website&hosting=mainland&operator=individual&v=1');
    expect([old.status, location(old)]).toEqual([308, `/en/assessment/q/activities/${questionCode(individual)}`]);
    const answered = send(
      '/en/assessment/q/activities?forms=website&hosting=mainland&operator=individual&activities=own-content&v=3&step=activities',
    );
    expect([answered.status, location(answered)]).toEqual([
      303,
      `/en/assessment/q/revenue/${questionCode({ ...individual, activities: ['own-content'] })}`,
    ]);
    const last = send(`/en/assessment/q/location?${BROCHURE}&step=location`);
    expect([last.status, location(last)]).toEqual([303, `/en/result/${resultCode(decodeAnswers(new URLSearchParams(BROCHURE)).answers)}`]);
    // At its canonical address the page is let through; a question its answers would not ask moves on.
    const page = send(`/en/assessment/q/activities/${questionCode(individual)}`);
    expect(passedOn(page) && page.status).toBe(200);
    const skipped = send(`/en/assessment/q/foreign-share/${questionCode(individual)}`);
    expect([skipped.status, location(skipped)]).toEqual([308, `/en/assessment/q/activities/${questionCode(individual)}`]);
    // Answers the path would not ask are dropped from the code.
    const padded = encodeQuestionCode('3', QUESTIONS, {
      hosting: ['mainland'],
      forms: ['website'],
      operator: ['individual'],
      'foreign-share': ['none'],
    });
    expect(location(send(`/en/assessment/q/activities/${padded}`))).toBe(`/en/assessment/q/activities/${questionCode(individual)}`);
  });

  it('answers question codes that do not read with its own 404 page, so they never reach the page cache', () => {
    const code = questionCode({ forms: ['website'] });
    const typo = code.slice(0, -1) + (code.endsWith('1') ? '2' : '1');
    for (const path of [`/en/assessment/q/forms/${typo}`, '/en/assessment/q/forms/9-000', '/en/assessment/q/forms/2-zz']) {
      const response = send(path);
      expect([response.status, passedOn(response)], path).toEqual([404, false]);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
    // Not a code at all, or not a question: the page table knows no such page.
    expect(send('/en/assessment/q/forms/NOPE').status).toBe(404);
    expect(send('/en/assessment/q/nope/3-000').status).toBe(404);
  });

  it('never passes on a policy the client made up', () => {
    const forged = { 'content-security-policy': 'script-src *' };
    const page = send('/en/faq', { headers: forged });
    expect(forwarded(page, 'content-security-policy')).not.toBe('script-src *');
    const question = send('/en/assessment/q/forms?step=forms', { headers: forged });
    expect(forwarded(question, 'content-security-policy')).toMatch(/nonce/);
  });

  it('gives every page a script policy without unsafe-inline, and a result the nonce its address derives', () => {
    const code = resultCode(decodeAnswers(new URLSearchParams(BROCHURE)).answers);
    const a = send(`/en/result/${code}`).headers.get('content-security-policy')!;
    const b = send(`/en/result/${code}`).headers.get('content-security-policy')!;
    const other = send(`/zh/result/${code}`).headers.get('content-security-policy')!;
    expect(a).toBe(b);
    expect(a).not.toBe(other);
    expect(a).toMatch(/script-src 'self' 'nonce-[^']+'/);
    // A question page at its canonical address is cached by it too; its query form's 400 page is rendered per request.
    const hosting = `/en/assessment/q/hosting/${questionCode({ forms: ['website'] })}`;
    const question = send(hosting).headers.get('content-security-policy')!;
    expect(question).toBe(send(hosting).headers.get('content-security-policy'));
    expect(question).not.toBe(send('/en/assessment/q/forms/3-000').headers.get('content-security-policy'));
    const refused = send('/en/assessment/q/forms?step=forms').headers.get('content-security-policy')!;
    expect(refused).not.toBe(send('/en/assessment/q/forms?step=forms').headers.get('content-security-policy'));
    for (const policy of [a, question, refused]) expect(/script-src [^;]*/.exec(policy)![0]).not.toContain('unsafe-inline');
  });
});
