import type { NextRequest, NextResponse } from 'next/server';

export const CSP = 'content-security-policy';

export function isRead(request: NextRequest): boolean {
  return request.method === 'GET' || request.method === 'HEAD';
}

export function withPolicy(response: NextResponse, policy: string): NextResponse {
  response.headers.set(CSP, policy);
  return response;
}
