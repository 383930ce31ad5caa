import type { AnswerValue, Question } from '@/lib/assessment';

type Translate = (key: string) => string;

/** An answer as the visitor reads it: option labels, Yes/No, or the number. */
export function formatAnswer(t: Translate, question: Question, value: AnswerValue): string {
  if (typeof value === 'boolean') return t(value ? 'wizard.yes' : 'wizard.no');
  const ids = typeof value === 'string' ? [value] : value;
  // The separator is a message so each language lists answers its own way ("; " and "、").
  return ids.map((id) => t(`assessment.questions.${question.id}.options.${id}.label`)).join(t('wizard.listSeparator'));
}
