import { NextResponse } from 'next/server';
import { sourcesApi } from '@/lib/content/sources-api';

export const dynamic = 'force-static';

/** GET /api/sources: the source table (content/sources.yaml) as JSON (see README). */
export function GET() {
  return NextResponse.json(sourcesApi(), {
    headers: { 'Cache-Control': 'public, max-age=300, s-maxage=86400', 'Access-Control-Allow-Origin': '*' },
  });
}
