import { isLocale } from '@/lib/i18n/routing';
import { atomResponse } from '@/lib/explore/atom-response';
import { resultFeedXml } from '@/lib/explore/feeds';

type Context = { params: Promise<{ locale: string; code: string }> };

/** GET /<locale>/result/<code>/feed.atom: rule changes that touch this result (Atom). */
export async function GET(_request: Request, { params }: Context) {
  const { locale, code } = await params;
  return atomResponse(isLocale(locale) ? resultFeedXml(locale, code) : null);
}
