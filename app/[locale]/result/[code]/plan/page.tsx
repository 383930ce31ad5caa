import { permanentRedirect } from 'next/navigation';
import { resolveLocale } from '@/lib/i18n/page';
import { planPageMetadata, readPlanQuery } from '@/lib/views/plan-page';
import { planPage } from '@/lib/views/plan-page';
import { PageShell } from '@/components/page-shell';
import { PlanPage } from '@/components/result/plan-page';
import { NotFoundContent } from '@/components/not-found-content';

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// A result's plan, or a way forward's, dated backwards from the target dates in its query: rendered per request.
export async function generateMetadata({ params }: Props) {
  return planPageMetadata(params);
}

export default async function ResultPlanPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { code } = await params;
  const view = planPage(locale, code, readPlanQuery(await searchParams));
  if (view?.kind === 'moved') permanentRedirect(view.to);
  return (
    <PageShell locale={locale} path={`/result/${code}/plan`}>
      {view ? <PlanPage locale={locale} view={view} /> : <NotFoundContent locale={locale} />}
    </PageShell>
  );
}
