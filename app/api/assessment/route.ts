import { type NextRequest } from 'next/server';
import { getSite } from '@/lib/content/site';
import { assessmentApi } from '@/lib/api/api';
import { apiResponse } from '@/lib/api/api-response';

/** GET /api/assessment?<a long result link's query>: the classification as JSON (see README). */
export function GET(request: NextRequest) {
  return apiResponse(assessmentApi(request.nextUrl.searchParams, getSite().siteUrl));
}
