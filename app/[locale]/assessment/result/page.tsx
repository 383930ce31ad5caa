import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { pageAddress } from '@/lib/addresses/page-address';
import { localePath } from '@/lib/i18n/paths';
import { resolveLegacyResult } from '@/lib/views/result';
import type { SearchParams } from '@/lib/views/step';
import { toQueryString } from '@/lib/addresses/query';
import { PageShell } from '@/components/page-shell';
import { CannotRead } from '@/components/questionnaire/cannot-read';
import { RulesChanged } from '@/components/questionnaire/rules-changed';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/assessment/result', 'result.invalidTitle', 'result.invalidLead', true);
}

// The long result links of the first release. The proxy sends every one it can read to its short link (308);
// what reaches this page cannot be read (status 400) or names a ruleset version this site does not have.
export default async function LongResultLinkPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const address = pageAddress(locale, '/assessment/result', query);
  if (address?.kind === 'redirect') permanentRedirect(address.to);
  const view = address?.kind === 'long-result' ? resolveLegacyResult(locale, address.decoded) : null;
  if (!view) permanentRedirect(localePath(locale, '/assessment'));
  return (
    <PageShell locale={locale} path="/assessment/result" query={toQueryString(query)}>
      {view.kind === 'outdated' ? <RulesChanged locale={locale} view={view} /> : <CannotRead locale={locale} view={view} />}
    </PageShell>
  );
}
