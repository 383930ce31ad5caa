import { oneClick } from '@/lib/watch/one-click';

type Context = { params: Promise<{ locale: string }> };

/** RFC 8058 one-click unsubscribe: the mail program's POST (`List-Unsubscribe=One-Click`) stops the e-mails. */
export async function POST(request: Request, { params }: Context) {
  return oneClick('POST', (await params).locale, new URL(request.url).searchParams.get('t'));
}

/** A visit (a person, or a mail scanner following the link) only opens the unsubscribe page: nothing changes. */
export async function GET(request: Request, { params }: Context) {
  return oneClick('GET', (await params).locale, new URL(request.url).searchParams.get('t'));
}
