import { getSourceTable } from '@/lib/content/sources';
import type { SourceEntry } from './types';

/**
 * The instruments and sources the rules cite, keyed by id: the one editable table, content/sources.yaml
 * (validated by lib/content/schema.ts). Ids are permanent: rules cite them.
 */
export const SOURCES: Readonly<Record<string, SourceEntry>> = Object.fromEntries(getSourceTable());

export type SourceId = string;
