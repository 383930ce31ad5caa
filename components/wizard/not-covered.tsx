import type { getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/**
 * Neighbouring duties a result most often touches and the questionnaire does not assess (icp-brief §3.1, §12.5; S111),
 * each with the page of this site that explains it, where there is one (its anchor is a message: headings differ by
 * language). Nothing is claimed about whether they apply.
 */
export const NOT_COVERED = {
  'food-licence': null,
  ecommerce: null,
  'personal-information': null,
  mlps: '/guides/applying-for-a-licence',
  advertising: null,
} as const satisfies Record<string, string | null>;

type Item = keyof typeof NOT_COVERED;

export function NotCovered({ t, locale }: { t: Translate; locale: Locale }) {
  return (
    <aside aria-labelledby="not-covered" className="mt-8 rounded-lg border border-slate-300 bg-slate-50 p-4 text-sm">
      <h2 id="not-covered" className="text-base font-semibold">
        {t('decision.notCovered.title')}
      </h2>
      <p className="mt-1 text-slate-700">{t('decision.notCovered.lead')}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {(Object.keys(NOT_COVERED) as Item[]).map((id) => {
          const page = NOT_COVERED[id];
          return (
            <li key={id}>
              {page
                ? t.rich('decision.notCovered.withLink', {
                    item: t(`decision.notCovered.items.${id}`),
                    more: t('decision.notCovered.more'),
                    link: (chunks) => (
                      <a href={`${localePath(locale, page)}#${t(`decision.notCovered.anchors.${id}` as never)}`} className="text-link">
                        {chunks}
                      </a>
                    ),
                  })
                : t(`decision.notCovered.items.${id}`)}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
