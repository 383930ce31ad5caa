import { getSourceTable } from './sources';

/** One source as the JSON API returns it: every field present, absent values null. */
export interface SourceJson {
  id: string;
  name: { en: string; zh: string };
  kind: 'official' | 'reproduction' | 'commentary';
  issuer: { en: string; zh: string } | null;
  number: { en: string; zh: string } | null;
  date: string | null;
  effective: string | null;
  publishedIn: { en: string; zh: string } | null;
  url: string | null;
  /** How sure the address is: high (confirmed), medium (as cited by several sources), low (as cited by one). */
  confidence: 'high' | 'medium' | 'low' | null;
  /** The second link: a translation, who made it and how sure its address is. */
  translation: { url: string; by: { en: string; zh: string }; confidence: 'high' | 'medium' | 'low' } | null;
  /** Why a commentary has no date: a maintained documentation page, or a date not recorded. */
  undated: 'maintained' | 'not-recorded' | null;
  lastChecked: string;
}

/** The body of GET /api/sources: the whole table, in its order (`date` may be YYYY, YYYY-MM or YYYY-MM-DD). */
export function sourcesApi(root?: string): { sources: SourceJson[] } {
  const sources = [...getSourceTable(root).values()].map((s) => ({
    id: s.id,
    name: { en: s.nameEn, zh: s.nameZh },
    kind: s.kind,
    issuer: s.issuer ?? null,
    number: s.number ?? null,
    date: s.date ?? null,
    effective: s.effective ?? null,
    publishedIn: s.publishedIn ?? null,
    url: s.url ?? null,
    confidence: s.confidence ?? null,
    translation: s.translation ?? null,
    undated: s.undated ?? null,
    lastChecked: s.lastChecked,
  }));
  return { sources };
}
