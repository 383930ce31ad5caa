import { forgetOldMessages } from './queue';
import type { Watch } from './service';
import { forgetUnconfirmed } from './store';

const DAY_MS = 86_400_000;

/**
 * Forgets what is no longer needed: subscriptions never confirmed within `WATCH_CONFIRM_DAYS` (with their address and
 * confirmation e-mail), and messages delivered or given up on more than `WATCH_KEEP_MESSAGES_DAYS` ago. The server runs
 * it every hour; `npm run watch -- purge` runs it at once.
 */
export async function housekeeping(watch: Pick<Watch, 'sql' | 'config'>, now: Date = new Date()) {
  return {
    unconfirmed: await forgetUnconfirmed(watch.sql, new Date(now.getTime() - watch.config.confirmDays * DAY_MS)),
    messages: await forgetOldMessages(watch.sql, new Date(now.getTime() - watch.config.keepMessagesDays * DAY_MS)),
  };
}
