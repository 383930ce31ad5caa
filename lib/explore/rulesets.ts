import { QUESTIONS, RULESET_VERSION, classify } from '@/lib/assessment';
import type { FeedRuleset } from './feed';

/** Every released ruleset, oldest first, as the feeds read them. */
export const FEED_RULESETS: readonly FeedRuleset[] = [{ version: RULESET_VERSION, released: '2026-11-29', questions: QUESTIONS, classify }];
