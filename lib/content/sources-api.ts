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
  lastChecked: string;
}

/** The body of GET /api/sources: the whole table, in its order. */
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
    lastChecked: s.lastChecked,
  }));
  return { sources };
}
