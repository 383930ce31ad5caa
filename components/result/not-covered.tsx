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

/** Where the list is in full for every result: the permit catalogue, beside the permits the assessment names. */
export const NOT_COVERED_PAGE = { path: '/permits', anchor: 'not-covered' } as const;

/** The list in full, each item with its guide where there is one: on the permit catalogue and in a result's printout. */
export function NotCovered({ t, locale, lead }: { t: Translate; locale: Locale; lead?: string }) {
  return (
    <aside aria-labelledby="not-covered" className="mt-8 rounded-lg border border-slate-300 bg-slate-50 p-4 text-sm">
      <h2 id="not-covered" className="text-base font-semibold">
        {t('decision.notCovered.title')}
      </h2>
      <p className="mt-1 text-slate-700">{lead ?? t('decision.notCovered.lead')}</p>
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

/**
 * On the result page: the same caveat in one sentence, linking the list in full (the same for every result, so it
 * is read from the permit catalogue rather than rendered into each new result).
 */
export function NotCoveredLine({ t, locale }: { t: Translate; locale: Locale }) {
  return (
    <aside aria-labelledby="not-covered" className="mt-8 rounded-lg border border-slate-300 bg-slate-50 p-4 text-sm">
      <h2 id="not-covered" className="text-base font-semibold">
        {t('decision.notCovered.title')}
      </h2>
      <p className="mt-1 text-slate-700">
        {t.rich('decision.notCovered.summary', {
          link: (chunks) => (
            <a href={`${localePath(locale, NOT_COVERED_PAGE.path)}#${NOT_COVERED_PAGE.anchor}`} className="text-link">
              {chunks}
            </a>
          ),
        })}
      </p>
    </aside>
  );
}
