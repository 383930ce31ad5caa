/**
 * Sends the enquiry form as a browser without JavaScript does: loads the form page, keeps its hidden fields
 * (the server action's own and the one-time submission key), fills in the visible ones and posts it.
 */
export type PostedEnquiry = { status: number; location: string | null; html: string; submission: string };

const HIDDEN = /<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g;

function unescapeHtml(value: string): string {
  return value.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

/** The hidden fields of the enquiry page at `url`. */
export async function loadEnquiryForm(url: string): Promise<Array<[string, string]>> {
  const html = await (await fetch(url)).text();
  return [...html.matchAll(HIDDEN)].map((m) => [m[1]!, unescapeHtml(m[2] ?? '')] as [string, string]);
}

/** Posts the form at `url` with `fields` (plus the page's hidden fields); does not follow the redirect. */
export async function postEnquiry(url: string, fields: Record<string, string>, hidden?: Array<[string, string]>): Promise<PostedEnquiry> {
  const form = new FormData();
  const carried = hidden ?? (await loadEnquiryForm(url));
  for (const [name, value] of carried) form.append(name, value);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const response = await fetch(url, { method: 'POST', body: form, redirect: 'manual' });
  return {
    status: response.status,
    location: response.headers.get('location'),
    html: await response.text(),
    submission: carried.find(([n]) => n === 'submission')?.[1] ?? '',
  };
}

export const VALID_FIELDS = {
  name: 'Zhang Min',
  company: 'Example Robotics Ltd',
  email: 'zhang.min@example.com',
  phone: '',
  wechat: '',
  language: 'en',
  message: 'We plan to launch a SaaS product for Chinese customers.',
  consent: 'on',
  includeResult: 'on',
  website: '',
} as const;
