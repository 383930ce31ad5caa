import { getTranslations } from 'next-intl/server';
import type { Produces, Rule } from '@/lib/assessment';
import { CitationList } from '@/components/citation-list';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { pageFor } from '@/lib/pages';
import { flowLayout, ruleAnchor, type HowItDecides } from '@/lib/explore/how-it-decides';
import { conditionText } from './condition-text';
import { FlowDiagram } from './flow-diagram';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

function produces(t: Translate, p: Produces): string {
  const k = 'explore.howItDecides';
  switch (p.kind) {
    case 'obligation': {
      const label = t(`assessment.obligations.${p.id}.label`);
      const items = [
        ...(p.subItems ?? []).map((s) => t(`assessment.subItems.${s}`)),
        ...(p.codes ?? []).map((c) => t(`assessment.codes.${c}`)),
      ];
      const full = items.length > 0 ? t(`${k}.withItems`, { label, items: items.join(t('wizard.listSeparator')) }) : label;
      return t(`${k}.producesObligation`, { label: full });
    }
    case 'not-needed':
      return t(`${k}.producesNotNeeded`, { label: t(`assessment.obligations.${p.id}.label`) });
    case 'finding':
      return t(`${k}.producesFinding`, { label: t(`assessment.findings.${p.id}.label`) });
    case 'grey':
      return t(`${k}.producesGrey`, { label: t(`assessment.greyAreas.${p.id}.label`) });
  }
}

function Sources({ locale, rule }: { locale: Locale; rule: Rule }) {
  return <CitationList locale={locale} citations={rule.citations} />;
}

/** The questions (with a flow diagram) and the rules of the current ruleset, in words, generated from the tables. */
export async function HowItDecidesBody({ locale, data }: { locale: Locale; data: HowItDecides }) {
  const t = await getTranslations({ locale });
  const k = 'explore.howItDecides';
  const title = (id: string) => t(`assessment.questions.${id}.title`);
  const layout = flowLayout(data.questions, title);
  const first = data.questions[0]!.id;
  const last = data.questions.at(-1)!.id;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t(`${k}.title`)}</h1>
      <p className="mt-4 text-lg text-slate-700">{t(`${k}.lead`, { version: data.version })}</p>
      {pageFor(locale, '/changelog') && (
        <p className="mt-2">
          <a href={localePath(locale, '/changelog')} className="text-brand-800 underline">
            {t(`${k}.changelog`)}
          </a>
        </p>
      )}

      <section aria-labelledby="flow" className="mt-10">
        <h2 id="flow" className="text-2xl font-semibold text-slate-900">
          {t(`${k}.diagramTitle`)}
        </h2>
        <p className="mt-2 text-slate-700">{t(`${k}.diagramLead`)}</p>
        <FlowDiagram
          layout={layout}
          title={t(`${k}.diagramTitle`)}
          description={t(`${k}.diagramAlt`, { first: title(first), last: title(last) })}
          skipLabel={t(`${k}.diagramSkip`)}
          endLabel={t(`${k}.diagramEnd`)}
          describedBy="questions"
        />
      </section>

      <section aria-labelledby="questions-title" className="mt-10">
        <h2 id="questions-title" className="text-2xl font-semibold text-slate-900">
          {t(`${k}.questionsTitle`)}
        </h2>
        <ol id="questions" className="mt-4 list-decimal space-y-4 pl-6">
          {data.questions.map((q) => (
            <li key={q.id} id={`question-${q.id}`}>
              <h3 className="font-semibold text-slate-900">{title(q.id)}</h3>
              <p className="text-slate-700">
                {t(`${k}.askedLine`, {
                  when: q.when ? t(`${k}.askedWhen`, { condition: conditionText(t, q.when) }) : t(`${k}.always`),
                  kind: t(`${k}.${q.kind}`),
                })}
              </p>
              {q.kind !== 'yesno' && (
                <ul className="mt-1 list-disc pl-5 text-slate-700">
                  {(q.options ?? []).map((o) => (
                    <li key={o.id}>
                      {o.exclusive
                        ? t(`${k}.exclusiveOption`, {
                            label: t(`assessment.questions.${q.id}.options.${o.id}.label`),
                            note: t(`${k}.exclusive`),
                          })
                        : t(`assessment.questions.${q.id}.options.${o.id}.label`)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="rules" className="mt-10">
        <h2 id="rules" className="text-2xl font-semibold text-slate-900">
          {t(`${k}.rulesTitle`)}
        </h2>
        <p className="mt-2 text-slate-700">{t(`${k}.rulesLead`)}</p>
        <ul className="mt-4 space-y-4">
          {data.rules.map((rule) => (
            <li key={rule.id} id={ruleAnchor(rule.id)} className="scroll-mt-4 rounded-md border border-slate-200 p-4">
              <h3 className="font-mono text-sm font-semibold text-slate-900">{rule.id}</h3>
              <p className="mt-1 text-slate-800">{t(`assessment.rules.${rule.id}`)}</p>
              <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
                <dt className="font-semibold text-slate-800">{t(`${k}.ruleCondition`)}</dt>
                <dd className="text-slate-700">{conditionText(t, rule.when)}</dd>
                <dt className="font-semibold text-slate-800">{t(`${k}.ruleProduces`)}</dt>
                <dd className="text-slate-700">{produces(t, rule.produces)}</dd>
                <dt className="font-semibold text-slate-800">{t(`${k}.ruleConfidence`)}</dt>
                <dd className="text-slate-700">{t(`result.confidence.${rule.confidence}`)}</dd>
                <dt className="font-semibold text-slate-800">{t(`${k}.ruleSources`)}</dt>
                <dd className="text-slate-700">
                  <Sources locale={locale} rule={rule} />
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
