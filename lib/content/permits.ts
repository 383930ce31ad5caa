import type { Metadata } from 'next';
import { CURRENT_RULESET } from '@/lib/assessment';
import { OBLIGATION_IDS, type ObligationId, type Rule } from '@/lib/assessment/types';
import { getTranslations } from 'next-intl/server';
import { LOCALES, isLocale, type Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo';
import { packFor, type Pack } from './packs';

/** The site path (after the locale) of the permit catalogue. */
export const PERMITS_PATH = '/permits';

/** The path (after the locale) of one obligation's page in the catalogue. */
export function permitPath(id: ObligationId): string {
  return `${PERMITS_PATH}/${id}`;
}

/** The catalogue's groups, in order: what every service files, the telecom licences, the sector permits. */
export const PERMIT_GROUPS = {
  filings: ['icp-filing', 'app-filing', 'psb-filing', 'security-assessment'],
  telecom: ['icp-licence', 'edi-licence', 'sp-licence', 'vats-other'],
  sector: [
    'news-permit',
    'publishing-permit',
    'game-approval',
    'audiovisual-permit',
    'culture-permit',
    'drug-info-permit',
    'religion-permit',
    'recruitment-permit',
    'ride-hailing-permit',
    'payment-licence',
    'genai-filing',
    'education-approval',
  ],
} as const satisfies Record<string, readonly ObligationId[]>;

export type PermitGroup = keyof typeof PERMIT_GROUPS;

/** Whether a path segment names an obligation. */
export function isObligationId(value: string): value is ObligationId {
  return (OBLIGATION_IDS as readonly string[]).includes(value);
}

export interface PermitView {
  id: ObligationId;
  pack: Pack;
  /** The current ruleset's rules that produce it, and those that say it is not needed, in table order. */
  needs: readonly Rule[];
  notNeeded: readonly Rule[];
  /** The ruleset the rules come from. */
  version: string;
}

/** What `/<locale>/permits/<id>` shows, or null for an id with no pack (the page is then a 404). */
export function permitView(locale: Locale, id: string): PermitView | null {
  if (!isObligationId(id)) return null;
  const pack = packFor(locale, id);
  if (!pack) return null;
  const rules = CURRENT_RULESET.rules as readonly Rule[];
  const of = (kind: Rule['produces']['kind']) => rules.filter((r) => r.produces.kind === kind && r.produces.id === id);
  return { id, pack, needs: of('obligation'), notNeeded: of('not-needed'), version: CURRENT_RULESET.version };
}

/** Every obligation's page, per locale: the static params of the catalogue's pages. */
export function permitParams(): { locale: Locale; id: ObligationId }[] {
  return LOCALES.flatMap((locale) => OBLIGATION_IDS.filter((id) => packFor(locale, id)).map((id) => ({ locale, id })));
}

/** The metadata of a permit's page: its label as the title, what it is as the description. */
export async function permitMetadata(params: Promise<{ locale: string; id: string }>): Promise<Metadata> {
  const { locale, id } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale });
  const view = permitView(locale, id);
  if (!view) return { title: t('notFound.title'), robots: { index: false } };
  return pageMetadata({
    locale,
    path: permitPath(view.id),
    title: t(`assessment.obligations.${view.id}.label`),
    description: view.pack.what,
    siteName: t('meta.siteName'),
  });
}
