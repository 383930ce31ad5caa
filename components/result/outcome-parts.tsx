import type { ReactNode } from 'react';
import type { getTranslations } from 'next-intl/server';
import { getQuestion, type Answers, type Reason } from '@/lib/assessment';
import type { Locale } from '@/lib/i18n/routing';
import { CitationList } from '@/components/citation-list';
import { SourceFacts } from '@/components/source-facts';
import { formatAnswer } from '@/components/questionnaire/format-answer';
import { ruleHref } from '@/lib/explore/how-it-decides';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

export interface OutcomeSectionProps {
  id: string;
  title: string;
  lead?: string;
  tone?: 'warning';
  /** Every item open (the printout). */
  open?: boolean;
  items: readonly { id: string; label: string; summary?: string; because: readonly Reason[] }[];
  reasons: (because: readonly Reason[]) => ReactNode;
}

/** A titled list of outcomes (grey areas, findings, what is not needed): each a <details>, its summary in the body. */
export function OutcomeSection({ id, title, lead, tone, open = false, items, reasons }: OutcomeSectionProps) {
  if (items.length === 0) return null;
  const warning = tone === 'warning';
  return (
    <section aria-labelledby={id} className={`mt-6 ${warning ? 'rounded-lg bg-amber-50 p-4' : ''}`}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {lead && <p className="mt-1 text-sm text-slate-800">{lead}</p>}
      <ul className="mt-3 space-y-2">
        {items.map((item) => (
          <li key={item.id} className={`rounded-md border ${warning ? 'border-amber-300 bg-white' : 'border-slate-200'}`}>
            <details className="p-3 text-sm" open={open}>
              <summary className="cursor-pointer text-base font-semibold">
                <h3 className="inline">{item.label}</h3>
              </summary>
              {item.summary && <p className="mt-1 text-slate-700">{item.summary}</p>}
              {reasons(item.because)}
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface ReasonsProps {
  t: Translate;
  locale: Locale;
  reasons: readonly Reason[];
  answers: Answers;
  /**
   * The result page: each rule in words, its confidence and the link to its entry on the how-it-decides page, which
   * cites its sources. The printout adds the answers each rule read and each source with its kind, number and last check.
   */
  compact?: boolean;
}

/** Each rule that fired: its reason, the answers it read, its confidence and its citations. */
export function Reasons({ t, locale, reasons, answers, compact = false }: ReasonsProps) {
  return (
    <div className={compact ? 'mt-2' : 'mt-3 border-t border-slate-100 pt-3'}>
      {!compact && <p className="font-semibold">{t('result.why')}</p>}
      <ul className="mt-1 space-y-2">
        {reasons.map((reason) => (
          <li key={reason.ruleId}>
            <p>
              {t.rich('decision.reasonLine', {
                rule: t(`assessment.rules.${reason.ruleId}`),
                confidence: t(`result.confidence.${reason.confidence}`),
                ruleLink: t('explore.howItDecides.ruleLink'),
                badge: (chunks) => <span className="badge">{chunks}</span>,
                link: (chunks) => (
                  <a href={ruleHref(locale, reason.ruleId)} className="text-link">
                    {chunks}
                  </a>
                ),
              })}
            </p>
            {!compact && reason.questions.length > 0 && (
              <p className="mt-1 text-slate-600">
                {t('decision.labelledText', {
                  label: t('result.answersThatLed'),
                  value: reason.questions
                    .map((id) => {
                      const question = getQuestion(id);
                      const value = answers[id];
                      if (!question) return null;
                      const answer = value === undefined ? '—' : formatAnswer(t, question, value);
                      return t('wizard.questionWithAnswer', { question: t(`assessment.questions.${id}.title`), answer });
                    })
                    .filter(Boolean)
                    .join(t('decision.itemSeparator')),
                })}
              </p>
            )}
            {!compact && reason.citations.length > 0 && (
              <p className="mt-1 text-slate-600">
                {t.rich('decision.labelledRich', {
                  label: t('result.sources'),
                  value: () => (
                    <CitationList
                      locale={locale}
                      citations={reason.citations}
                      facts={(source) => (
                        <SourceFacts entry={source} locale={locale} t={(key, values) => t(`categories.${key}`, values)} compact />
                      )}
                    />
                  ),
                })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
