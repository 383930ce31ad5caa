// `npm run watch -- <command>`: the operator's tool for e-mail alerts about results (see the README).
//   notify                      after a ruleset release: one notice to each subscriber whose result it changes
//   reminders [--today DAY]     daily (cron): reminders of the dated duties whose reminder day has come
//   send                        sends what is queued now (a running server also does, every poll interval)
//   deliveries                  the messages: delivered, pending or failed, with the last error (no addresses)
//   retry                       puts failed messages back in the queue
//   purge                       forgets unconfirmed subscriptions and old messages (the server does it hourly)
//   counts                      watched results and confirmed subscribers
import { enquiryConfig } from '@/lib/enquiries/config';
import { openStore } from '@/lib/enquiries/store';
import { getSite } from '@/lib/content/site';
import { DUTY_CALENDAR } from './calendar-duties';
import { readDay } from './duties';
import { housekeeping } from './housekeeping';
import { notify } from './notify';
import { allMessages, retryFailedMessages } from './queue';
import { dayIn, sendReminders } from './reminders';
import { openWatch, type Watch } from './service';
import { watchCounts } from './store';

const USAGE = `Usage: npm run watch -- <command>
  notify
  reminders [--today YYYY-MM-DD]
  send
  deliveries
  retry
  purge
  counts`;

class UsageError extends Error {}

/** Sends what is queued, and says how much is left. */
async function deliver(watch: Watch): Promise<void> {
  const sent = await watch.outbox.runOnce();
  const pending = (await allMessages(watch.sql)).filter((m) => m.status === 'pending').length;
  console.log(`${sent} e-mails sent${pending ? `; ${pending} pending (retried by the server, or run \`npm run watch -- send\`)` : ''}.`);
}

function sending(watch: Watch): void {
  if (watch.unavailable === 'no-mail')
    throw new Error('ENQUIRY_SMTP_URL is not set: no e-mail can be sent. Set it (see the README) and run again.');
  if (watch.unavailable === 'placeholder-address')
    throw new Error(`The site's public address is a placeholder (${watch.siteUrl}): every link would be dead. Set SITE_URL and run again.`);
}

async function run(command: string, args: string[], watch: Watch): Promise<number> {
  switch (command) {
    case 'notify': {
      sending(watch);
      const r = await notify(watch);
      console.log(
        `${r.checked} subscriptions compared with the current rules: ${r.changed} changed (one notice each), ${r.unchanged} unchanged; ${r.upToDate} already compared.`,
      );
      await deliver(watch);
      return 0;
    }
    case 'reminders': {
      sending(watch);
      const i = args.indexOf('--today');
      const today = i >= 0 ? args[i + 1] : dayIn(getSite().officeTimeZone, new Date());
      if (!today || !readDay(today)) throw new UsageError('--today must be a day such as 2027-03-01');
      const r = await sendReminders({ ...watch, calendar: DUTY_CALENDAR }, today);
      console.log(`${today}: ${r.reminders} reminders queued for ${r.subscriptions} subscriptions with dates.`);
      await deliver(watch);
      return 0;
    }
    case 'send':
      sending(watch);
      await deliver(watch);
      return 0;
    case 'deliveries': {
      const messages = await allMessages(watch.sql);
      for (const m of messages)
        console.log(
          `${String(m.id).padStart(6)}  ${m.kind.padEnd(8)}  ${m.status.padEnd(9)}  attempts ${m.attempts}  ${m.createdAt.toISOString()}${m.lastError ? `  last error: ${m.lastError}` : ''}`,
        );
      const count = (s: string) => messages.filter((m) => m.status === s).length;
      console.error(`${count('delivered')} delivered, ${count('pending')} pending, ${count('failed')} failed`);
      return count('failed') > 0 ? 2 : 0;
    }
    case 'retry':
      console.log(`${await retryFailedMessages(watch.sql, new Date())} failed messages queued again.`);
      return 0;
    case 'purge': {
      const r = await housekeeping(watch);
      console.log(`Forgot ${r.unconfirmed} unconfirmed subscriptions and ${r.messages} old messages.`);
      return 0;
    }
    case 'counts': {
      const c = await watchCounts(watch.sql);
      console.log(
        `${c.watchedResults} watched results, ${c.subscribers} confirmed subscribers (${c.subscriptions} subscriptions), ${c.unconfirmed} waiting for confirmation.`,
      );
      return 0;
    }
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  const store = await openStore(enquiryConfig().database);
  try {
    const watch = await openWatch(store);
    try {
      return await run(command, rest, watch);
    } finally {
      await watch.limiter.close();
    }
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof UsageError ? `${error.message}\n\n${USAGE}` : `Error: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
