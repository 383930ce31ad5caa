import { type NextRequest } from 'next/server';
import { getSite } from '@/lib/content/site';
import { assessmentApiForCode } from '@/lib/api/api';
import { apiResponse } from '@/lib/api/api-response';

/** GET /api/assessment/<code>: the classification of a short result link as JSON (see README). */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  return apiResponse(assessmentApiForCode((await params).code, getSite().siteUrl));
}
