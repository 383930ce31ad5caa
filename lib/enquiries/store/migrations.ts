/**
 * Schema changes, in order, for each database. A migration is never edited once released: add a new one.
 * Both stores run the ones they have not applied yet when they start (see `migrate()`).
 */
export type Migration = { version: number; name: string; sqlite: string; postgres: string };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'enquiries and their outbox',
    sqlite: `
      CREATE TABLE enquiries (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        idempotency_key TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        locale TEXT NOT NULL,
        name TEXT NOT NULL,
        company TEXT NOT NULL,
        email TEXT NOT NULL,
        phone TEXT NOT NULL,
        wechat TEXT NOT NULL,
        preferred_language TEXT NOT NULL,
        message TEXT NOT NULL,
        consent_at TEXT NOT NULL,
        result_url TEXT,
        ruleset_version TEXT,
        answers TEXT
      );
      CREATE INDEX enquiries_created_at ON enquiries (created_at);
      CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        enquiry_id TEXT NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
        channel TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        locked_until TEXT,
        last_error TEXT,
        delivered_at TEXT,
        UNIQUE (enquiry_id, channel)
      );
      CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);`,
    postgres: `
      CREATE TABLE enquiries (
        id UUID PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        idempotency_key TEXT NOT NULL UNIQUE,
        created_at TIMESTAMPTZ NOT NULL,
        locale TEXT NOT NULL,
        name TEXT NOT NULL,
        company TEXT NOT NULL,
        email TEXT NOT NULL,
        phone TEXT NOT NULL,
        wechat TEXT NOT NULL,
        preferred_language TEXT NOT NULL,
        message TEXT NOT NULL,
        consent_at TIMESTAMPTZ NOT NULL,
        result_url TEXT,
        ruleset_version TEXT,
        answers JSONB
      );
      CREATE INDEX enquiries_created_at ON enquiries (created_at);
      CREATE TABLE deliveries (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        enquiry_id UUID NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
        channel TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TIMESTAMPTZ NOT NULL,
        locked_until TIMESTAMPTZ,
        last_error TEXT,
        delivered_at TIMESTAMPTZ,
        UNIQUE (enquiry_id, channel)
      );
      CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);`,
  },
  {
    // Issue 10: the classification an enquiry was sent with (outcome ids and ruleset version), as the visitor saw it.
    version: 2,
    name: 'enquiry classification as sent',
    sqlite: `ALTER TABLE enquiries ADD COLUMN classification TEXT;`,
    postgres: `ALTER TABLE enquiries ADD COLUMN classification JSONB;`,
  },
  {
    // Issue 14: the staff inbox (accounts, sessions, sign-in throttle, status and history) and the anonymous counts.
    version: 3,
    name: 'staff inbox and assessment counts',
    sqlite: `
      ALTER TABLE enquiries ADD COLUMN status TEXT NOT NULL DEFAULT 'new';
      CREATE TABLE staff_users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE staff_sessions (
        id_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX staff_sessions_user ON staff_sessions (user_id);
      CREATE TABLE sign_in_throttle (
        key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        locked_until TEXT
      );
      CREATE TABLE enquiry_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        enquiry_id TEXT NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        kind TEXT NOT NULL,
        status TEXT,
        note TEXT
      );
      CREATE INDEX enquiry_events_enquiry ON enquiry_events (enquiry_id, id);
      CREATE TABLE assessment_counts (
        day TEXT NOT NULL,
        metric TEXT NOT NULL,
        key TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (day, metric, key)
      );
      CREATE TABLE app_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);`,
    postgres: `
      ALTER TABLE enquiries ADD COLUMN status TEXT NOT NULL DEFAULT 'new';
      CREATE TABLE staff_users (
        id UUID PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE staff_sessions (
        id_hash TEXT PRIMARY KEY,
        user_id UUID NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
        created_at TIMESTAMPTZ NOT NULL,
        last_seen_at TIMESTAMPTZ NOT NULL,
        expires_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX staff_sessions_user ON staff_sessions (user_id);
      CREATE TABLE sign_in_throttle (
        key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        locked_until TIMESTAMPTZ
      );
      CREATE TABLE enquiry_events (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        enquiry_id UUID NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
        at TIMESTAMPTZ NOT NULL,
        actor TEXT NOT NULL,
        kind TEXT NOT NULL,
        status TEXT,
        note TEXT
      );
      CREATE INDEX enquiry_events_enquiry ON enquiry_events (enquiry_id, id);
      CREATE TABLE assessment_counts (
        day TEXT NOT NULL,
        metric TEXT NOT NULL,
        key TEXT NOT NULL,
        count BIGINT NOT NULL,
        PRIMARY KEY (day, metric, key)
      );
      CREATE TABLE app_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  },
  {
    // Issue 15: rate-limit counts in the database, so every server shares them.
    version: 4,
    name: 'rate-limit counts shared by every server',
    sqlite: `
      CREATE TABLE rate_limits (
        bucket TEXT NOT NULL,
        window_start INTEGER NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (bucket, window_start)
      );
      CREATE INDEX rate_limits_window ON rate_limits (window_start);`,
    postgres: `
      CREATE TABLE rate_limits (
        bucket TEXT NOT NULL,
        window_start BIGINT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (bucket, window_start)
      );
      CREATE INDEX rate_limits_window ON rate_limits (window_start);`,
  },
  {
    // Issue 24: owner, due time, triage and search text on each enquiry; staff roles; owner changes in the history;
    // the deletion log (who deleted which reference and when, nothing else); sign-in counts per window, taken
    // before the password is checked (they replace sign_in_throttle).
    version: 5,
    name: 'inbox for daily work, deletion log, sign-in counts',
    sqlite: `
      ALTER TABLE enquiries ADD COLUMN owner_id TEXT REFERENCES staff_users (id) ON DELETE SET NULL;
      ALTER TABLE enquiries ADD COLUMN due_at TEXT;
      ALTER TABLE enquiries ADD COLUMN triage TEXT;
      ALTER TABLE enquiries ADD COLUMN search_text TEXT;
      CREATE INDEX enquiries_due ON enquiries (due_at, id);
      CREATE INDEX enquiries_owner ON enquiries (owner_id);
      ALTER TABLE staff_users ADD COLUMN role TEXT NOT NULL DEFAULT 'staff';
      UPDATE staff_users SET role = 'owner';
      ALTER TABLE enquiry_events ADD COLUMN owner TEXT;
      CREATE TABLE deletion_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        reference TEXT NOT NULL,
        scope TEXT NOT NULL
      );
      CREATE TABLE sign_in_counts (
        bucket TEXT NOT NULL,
        window_start INTEGER NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (bucket, window_start)
      );
      CREATE INDEX sign_in_counts_window ON sign_in_counts (window_start);
      DROP TABLE sign_in_throttle;`,
    postgres: `
      ALTER TABLE enquiries ADD COLUMN owner_id UUID REFERENCES staff_users (id) ON DELETE SET NULL;
      ALTER TABLE enquiries ADD COLUMN due_at TIMESTAMPTZ;
      ALTER TABLE enquiries ADD COLUMN triage TEXT;
      ALTER TABLE enquiries ADD COLUMN search_text TEXT;
      CREATE INDEX enquiries_due ON enquiries (due_at, id);
      CREATE INDEX enquiries_owner ON enquiries (owner_id);
      ALTER TABLE staff_users ADD COLUMN role TEXT NOT NULL DEFAULT 'staff';
      UPDATE staff_users SET role = 'owner';
      ALTER TABLE enquiry_events ADD COLUMN owner TEXT;
      CREATE TABLE deletion_log (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at TIMESTAMPTZ NOT NULL,
        actor TEXT NOT NULL,
        reference TEXT NOT NULL,
        scope TEXT NOT NULL
      );
      CREATE TABLE sign_in_counts (
        bucket TEXT NOT NULL,
        window_start BIGINT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (bucket, window_start)
      );
      CREATE INDEX sign_in_counts_window ON sign_in_counts (window_start);
      DROP TABLE sign_in_throttle;`,
  },
  {
    // Issue 25: e-mail subscriptions to a result (lib/watch): the address, the result code, the language, the dates
    // and the consent time, nothing else; and their own outbox of rendered messages, each sent once.
    version: 6,
    name: 'result subscriptions and their messages',
    sqlite: `
      CREATE TABLE watch_subscriptions (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL,
        address_key TEXT NOT NULL,
        result_code TEXT NOT NULL,
        locale TEXT NOT NULL,
        launch_date TEXT,
        granted_date TEXT,
        requested_at TEXT NOT NULL,
        consent_at TEXT,
        basis_code TEXT NOT NULL,
        checked_version TEXT NOT NULL,
        reminded TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX watch_subscriptions_address ON watch_subscriptions (address_key);
      CREATE INDEX watch_subscriptions_pending ON watch_subscriptions (consent_at, requested_at);
      CREATE TABLE watch_messages (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        subscription_id TEXT REFERENCES watch_subscriptions (id) ON DELETE CASCADE,
        address_key TEXT NOT NULL,
        dedupe_key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        to_email TEXT NOT NULL,
        locale TEXT NOT NULL,
        subject TEXT NOT NULL,
        text_body TEXT NOT NULL,
        html_body TEXT NOT NULL,
        unsubscribe_url TEXT NOT NULL,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        locked_until TEXT,
        last_error TEXT,
        delivered_at TEXT
      );
      CREATE INDEX watch_messages_due ON watch_messages (status, next_attempt_at);
      CREATE INDEX watch_messages_address ON watch_messages (address_key);`,
    postgres: `
      CREATE TABLE watch_subscriptions (
        id UUID PRIMARY KEY,
        email TEXT NOT NULL,
        address_key TEXT NOT NULL,
        result_code TEXT NOT NULL,
        locale TEXT NOT NULL,
        launch_date TEXT,
        granted_date TEXT,
        requested_at TIMESTAMPTZ NOT NULL,
        consent_at TIMESTAMPTZ,
        basis_code TEXT NOT NULL,
        checked_version TEXT NOT NULL,
        reminded TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX watch_subscriptions_address ON watch_subscriptions (address_key);
      CREATE INDEX watch_subscriptions_pending ON watch_subscriptions (consent_at, requested_at);
      CREATE TABLE watch_messages (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        subscription_id UUID REFERENCES watch_subscriptions (id) ON DELETE CASCADE,
        address_key TEXT NOT NULL,
        dedupe_key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        to_email TEXT NOT NULL,
        locale TEXT NOT NULL,
        subject TEXT NOT NULL,
        text_body TEXT NOT NULL,
        html_body TEXT NOT NULL,
        unsubscribe_url TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TIMESTAMPTZ NOT NULL,
        locked_until TIMESTAMPTZ,
        last_error TEXT,
        delivered_at TIMESTAMPTZ
      );
      CREATE INDEX watch_messages_due ON watch_messages (status, next_attempt_at);
      CREATE INDEX watch_messages_address ON watch_messages (address_key);`,
  },
];
