import { NextResponse, type NextRequest } from 'next/server';
import { getSite } from '@/lib/content/site';
import { assessmentApi } from '@/lib/wizard/api';

/** GET /api/assessment?<the result page's query>: the classification as JSON (see README). */
export function GET(request: NextRequest) {
  const { status, body } = assessmentApi(request.nextUrl.searchParams, getSite().siteUrl);
  return NextResponse.json(body, {
    status,
    headers: {
      'Cache-Control': status === 200 ? 'public, max-age=300, s-maxage=86400' : 'no-store',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
