import type { PersonDataSource } from '@/lib/enquiries/person-data';
import type { SqlRunner } from '@/lib/enquiries/store/store';

type SubscriptionRow = {
  result_code: string;
  locale: string;
  launch_date: string | null;
  granted_date: string | null;
  requested_at: Date | string;
  consent_at: Date | string | null;
};
type MessageRow = { kind: string; subject: string; status: string; created_at: Date | string; delivered_at: Date | string | null };

const iso = (value: Date | string | null) => (value === null ? null : (value instanceof Date ? value : new Date(value)).toISOString());

async function held(sql: SqlRunner, email: string): Promise<number> {
  const [row] = await sql.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM watch_subscriptions WHERE email = ?`, [email]);
  return Number(row?.n ?? 0);
}

/**
 * E-mail alerts about results (lib/watch), one source of a person's data: the subscriptions of their e-mail address
 * (confirmed or waiting) and the messages to it. A subscription holds no phone number, so a person found by phone
 * alone has none. Deleting the person deletes all of them; deleting one enquiry leaves them (they are not part of it).
 */
export const WATCH_PERSON_DATA: PersonDataSource = {
  name: 'resultAlerts',
  async export(sql, person) {
    if (!person.email) return { subscriptions: [], messages: [] };
    const subscriptions = await sql.all<SubscriptionRow>(
      `SELECT result_code, locale, launch_date, granted_date, requested_at, consent_at FROM watch_subscriptions WHERE email = ? ORDER BY requested_at`,
      [person.email],
    );
    const messages = await sql.all<MessageRow>(
      `SELECT kind, subject, status, created_at, delivered_at FROM watch_messages WHERE to_email = ? ORDER BY id`,
      [person.email],
    );
    return {
      subscriptions: subscriptions.map((s) => ({
        result: s.result_code,
        language: s.locale,
        launchDate: s.launch_date,
        licenceGrantedDate: s.granted_date,
        requestedAt: iso(s.requested_at),
        confirmedAt: iso(s.consent_at),
      })),
      messages: messages.map((m) => ({
        kind: m.kind,
        subject: m.subject,
        status: m.status,
        queuedAt: iso(m.created_at),
        deliveredAt: iso(m.delivered_at),
      })),
    };
  },
  held: (sql, person) => (person.email ? held(sql, person.email) : Promise.resolve(0)),
  deletions: (_ids, scope) =>
    scope.kind === 'person' && scope.person.email
      ? [
          [`DELETE FROM watch_messages WHERE to_email = ?`, [scope.person.email]],
          [`DELETE FROM watch_subscriptions WHERE email = ?`, [scope.person.email]],
        ]
      : [],
};
