import { notFound } from 'next/navigation';
import { resolveLocale } from '@/lib/i18n/page';
import { permitMetadata, permitParams, permitPath, permitView } from '@/lib/content/permits';
import { PageShell } from '@/components/page-shell';
import { PermitBody } from '@/components/explore/permit-page';

type Props = { params: Promise<{ locale: string; id: string }> };

// Only the obligations there are: the proxy answers any other id with 404.
export const dynamicParams = false;
export const generateStaticParams = permitParams;
export const generateMetadata = ({ params }: Props) => permitMetadata(params);

// One permit: what it is, who needs it (the current rules), where to apply, what to prepare, how long, and after.
export default async function PermitPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const view = permitView(locale, (await params).id);
  if (!view) notFound();
  return (
    <PageShell locale={locale} path={permitPath(view.id)}>
      <PermitBody locale={locale} view={view} />
    </PageShell>
  );
}
