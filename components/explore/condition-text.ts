import type { getTranslations } from 'next-intl/server';
import { getQuestion, type Condition } from '@/lib/assessment';
import { formatAnswer } from '@/components/questionnaire/format-answer';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

function answer(t: Translate, q: string, value: string | boolean): string {
  const question = getQuestion(q);
  return question ? `“${formatAnswer(t, question, value)}”` : String(value);
}

function answers(t: Translate, q: string, values: readonly string[]): string {
  return values.map((v) => answer(t, q, v)).join(t('wizard.listSeparator'));
}

/** A condition in words, from the question titles and option labels: never text written for one rule. */
export function conditionText(t: Translate, c: Condition, nested = false): string {
  const k = (key: string, values: Record<string, string>) => t(`explore.howItDecides.${key}`, values);
  if ('all' in c || 'any' in c) {
    const parts = 'all' in c ? c.all : c.any;
    const text = parts.map((p) => conditionText(t, p, true)).join(k('all' in c ? 'and' : 'or', {}));
    return nested && parts.length > 1 ? k('group', { condition: text }) : text;
  }
  if ('not' in c) return k('not', { condition: conditionText(t, c.not) });
  const question = t(`assessment.questions.${c.q}.title`);
  if ('is' in c) return k('isAnswer', { question, answer: answer(t, c.q, c.is) });
  if ('in' in c) return k('inAnswers', { question, answers: answers(t, c.q, c.in) });
  if ('includes' in c) return k('includes', { question, answer: answer(t, c.q, c.includes) });
  if ('includesAny' in c) return k('includesAny', { question, answers: answers(t, c.q, c.includesAny) });
  if ('answered' in c) return k('answered', { question });
  return JSON.stringify(c);
}
