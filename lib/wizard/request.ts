import { cache } from 'react';
import { headers } from 'next/headers';
import { decodeAnswers, type DecodeResult, type QuestionTable } from '@/lib/assessment';
import { decodedFrom } from '@/lib/edge/decoded';
import type { SearchParams } from './step';

// One request's metadata and page share one read of the proxy's hand-over.
const handedOver = cache(async () => decodedFrom(await headers()));

/**
 * The answers of an assessment page's query, as the proxy read them (lib/edge/assessment-query.ts); decoded here
 * only if the proxy did not run (it always does in a server started with `next start` or `next dev`).
 */
export async function decodedQuery(searchParams: Promise<SearchParams>, table?: QuestionTable): Promise<DecodeResult> {
  return (await handedOver()) ?? decodeAnswers(await searchParams, table);
}
