import { isLocale } from '@/lib/i18n/routing';
import { atomResponse } from '@/lib/explore/atom-response';
import { siteFeedXml } from '@/lib/explore/feeds';

type Context = { params: Promise<{ locale: string }> };

/** GET /<locale>/feed.atom: every ruleset version (Atom). */
export async function GET(_request: Request, { params }: Context) {
  const { locale } = await params;
  return atomResponse(isLocale(locale) ? siteFeedXml(locale) : null);
}
