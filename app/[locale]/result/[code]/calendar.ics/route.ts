import { calendarResponse } from '@/lib/calendar/calendar-response';

type Context = { params: Promise<{ locale: string; code: string }> };

// A result's dated duties as an .ics file (?launch=YYYY-MM-DD&licensed=YYYY-MM-DD date the relative ones).
export async function GET(request: Request, { params }: Context) {
  const { locale, code } = await params;
  return calendarResponse(locale, code, new URL(request.url).searchParams);
}
