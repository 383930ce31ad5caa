import type { DEFAULT_LOCALE, Locale } from './routing';
import enCommon from './messages/en/common.json';
import zhCommon from './messages/zh/common.json';
import enAssessment from './messages/en/assessment.json';
import zhAssessment from './messages/zh/assessment.json';
import enDecision from './messages/en/decision.json';
import zhDecision from './messages/zh/decision.json';
import enExplore from './messages/en/explore.json';
import zhExplore from './messages/zh/explore.json';
import enInbox from './messages/en/inbox.json';
import zhInbox from './messages/zh/inbox.json';
import enWatch from './messages/en/watch.json';
import zhWatch from './messages/zh/watch.json';

/** Every message namespace, per locale. Add a namespace here and in each locale folder. */
export const MESSAGES = {
  en: { ...enCommon, assessment: enAssessment, decision: enDecision, explore: enExplore, inbox: enInbox, watch: enWatch },
  zh: { ...zhCommon, assessment: zhAssessment, decision: zhDecision, explore: zhExplore, inbox: zhInbox, watch: zhWatch },
} as const;

export type Messages = (typeof MESSAGES)[typeof DEFAULT_LOCALE];

/** The messages of one locale. */
export function loadMessages(locale: Locale): Messages {
  return MESSAGES[locale] as Messages;
}
