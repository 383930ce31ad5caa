import { isLocale, routing } from '@/lib/i18n/routing';
import { exportResponse } from '@/lib/inbox/export-response';

export const dynamic = 'force-dynamic';

// CSV or JSON of the enquiries the inbox shows, for signed-in staff only (see lib/inbox/export-response.ts).
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return exportResponse(isLocale(locale) ? locale : routing.defaultLocale, new URL(request.url));
}
