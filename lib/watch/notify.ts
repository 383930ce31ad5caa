import { CURRENT_RULESET } from '@/lib/assessment';
import { plainTranslator } from '@/lib/i18n/plain-translator';
import { localePath } from '@/lib/i18n/paths';
import { resultPath } from '@/lib/addresses/urls';
import { changeFor } from './change';
import { subscriberLinks } from './confirm';
import { changedMail } from './mail/messages';
import { enqueue } from './queue';
import type { Watch } from './service';
import { confirmedPage, type Statement } from './store';

export type NotifyReport = { checked: number; changed: number; unchanged: number; upToDate: number };

/**
 * After a ruleset is released: each confirmed subscription whose result the current rules have not been compared with
 * is compared (`changeFor`: the banner's and the JSON API's differences), and a subscriber whose result changed gets
 * one notice with both links. The comparison is recorded with the notice in one transaction, and a notice's key names
 * the subscription and the version: a second run, or two at once, sends nothing twice.
 */
export async function notify(deps: Pick<Watch, 'sql' | 'secret' | 'siteUrl' | 'siteName'>, now: Date = new Date()): Promise<NotifyReport> {
  const version = CURRENT_RULESET.version;
  const report: NotifyReport = { checked: 0, changed: 0, unchanged: 0, upToDate: 0 };
  let after: string | undefined;
  for (;;) {
    const page = await confirmedPage(deps.sql, after);
    if (page.length === 0) return report;
    after = page.at(-1)!.id;
    for (const s of page) {
      if (s.checkedVersion === version) {
        report.upToDate++;
        continue;
      }
      report.checked++;
      const change = changeFor(s.locale, s.basisCode);
      const statements: Statement[] = [];
      if (change?.changed) {
        const t = plainTranslator(s.locale);
        const links = subscriberLinks(deps, s);
        const mail = changedMail(
          { t, locale: s.locale, siteUrl: deps.siteUrl, siteName: deps.siteName(s.locale) },
          change,
          localePath(s.locale, resultPath(s.basisCode)),
          links,
        );
        statements.push(
          enqueue(
            {
              dedupeKey: `changed:${s.id}:${version}`,
              kind: 'changed',
              subscriptionId: s.id,
              addressKey: s.addressKey,
              to: s.email,
              locale: s.locale,
              mail,
              unsubscribeUrl: links.oneClickUrl,
            },
            now,
          ),
        );
        report.changed++;
      } else report.unchanged++;
      // From now on the subscriber's result is the current one (unless a question waits for an answer).
      statements.push([
        `UPDATE watch_subscriptions SET checked_version = ?, basis_code = ? WHERE id = ? AND checked_version = ?`,
        [version, change?.currentCode ?? s.basisCode, s.id, s.checkedVersion],
      ]);
      await deps.sql.batch(statements);
    }
  }
}
