import { NextResponse } from 'next/server';
import type { ApiResponse } from './api';

/** The API's JSON response: cacheable when it is a classification, never when it is an error. */
export function apiResponse({ status, body }: ApiResponse): NextResponse {
  return NextResponse.json(body, {
    status,
    headers: {
      'Cache-Control': status === 200 ? 'public, max-age=300, s-maxage=86400' : 'no-store',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
