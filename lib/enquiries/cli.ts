// `npm run enquiries -- <command>`: the operator's tool for the enquiry store (see the README).
//   list [--since YYYY-MM-DD]                       a table of enquiries
//   export --format csv|json [--out FILE] [--since] every field; CSV is safe to open in a spreadsheet
//   deliveries                                      the outbox: what was sent, what is pending or failed
//   retry                                           puts failed deliveries back in the queue
//   purge [--older-than-days N] [--dry-run]         deletes enquiries past the retention period (site.yaml)
//   person --email E | --phone P [--out FILE]       everything stored about one person, as JSON (a request for a copy)
//   delete --ref R | --email E | --phone P [--yes]  one enquiry or all of a person's: says what goes; --yes deletes
//   deletions                                       the deletion log: who deleted which reference, and when
import { writeFileSync } from 'node:fs';
import { enquiryConfig } from './config';
import { openStore } from './store';
import { toCsv, toJson } from './export';
import { getSite } from '@/lib/content/site';
import { allEnquiries, caseRecords } from '@/lib/inbox/case-store';
import { purgeOlderThan } from './person-data';
import { deleteCommand, deletionsCommand, option, personCommand, UsageError } from './cli-person';

const USAGE = `Usage: npm run enquiries -- <command>
  list [--since YYYY-MM-DD]
  export --format csv|json [--out FILE] [--since YYYY-MM-DD]
  deliveries
  retry
  purge [--older-than-days N] [--dry-run]
  person --email ADDRESS | --phone NUMBER [--out FILE]
  delete --ref E-XXXX-XXXX | --email ADDRESS | --phone NUMBER [--yes] [--by NAME]
  deletions`;

const COMMANDS = ['list', 'export', 'deliveries', 'retry', 'purge', 'person', 'delete', 'deletions'];

function since(args: string[]): Date | undefined {
  const value = option(args, 'since');
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime()))
    throw new UsageError(`--since must be a date such as 2026-11-01 (got "${value}")`);
  return date;
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  if (!COMMANDS.includes(command)) throw new UsageError(`Unknown command "${command}".`);
  const config = enquiryConfig();
  const store = await openStore(config.database);
  try {
    switch (command) {
      case 'person':
        return await personCommand(store, rest);
      case 'delete':
        return await deleteCommand(store, rest);
      case 'deletions':
        return await deletionsCommand(store);
      case 'list': {
        const enquiries = await allEnquiries(store.sql, since(rest));
        for (const e of enquiries) {
          const reach = [e.email, e.phone, e.wechat && `WeChat ${e.wechat}`].filter(Boolean).join(', ');
          console.log(
            `${e.reference}  ${e.createdAt.toISOString()}  ${e.status.padEnd(11)}  ${e.name}${e.company ? ` (${e.company})` : ''}  ${reach}  ${e.result ? 'with result' : 'no result'}`,
          );
        }
        console.error(`${enquiries.length} enquiries in ${describe(config.database)}`);
        return 0;
      }
      case 'export': {
        const format = option(rest, 'format') ?? 'csv';
        if (format !== 'csv' && format !== 'json') throw new UsageError(`--format must be csv or json (got "${format}")`);
        const enquiries = await caseRecords(store.sql, await allEnquiries(store.sql, since(rest)));
        const text = format === 'csv' ? toCsv(enquiries) : toJson(enquiries);
        const out = option(rest, 'out');
        if (out) {
          writeFileSync(out, text, { mode: 0o600 });
          console.error(`Wrote ${enquiries.length} enquiries to ${out}`);
        } else await new Promise((done) => process.stdout.write(text, done));
        return 0;
      }
      case 'deliveries': {
        const deliveries = await store.deliveries();
        for (const d of deliveries) {
          console.log(
            `${d.enquiryId}  ${d.channel.padEnd(7)}  ${d.status.padEnd(9)}  attempts ${d.attempts}  ${d.status === 'pending' ? `next ${d.nextAttemptAt.toISOString()}` : ''}${d.lastError ? `  last error: ${d.lastError}` : ''}`,
          );
        }
        const count = (s: string) => deliveries.filter((d) => d.status === s).length;
        console.error(`${count('delivered')} delivered, ${count('pending')} pending, ${count('failed')} failed`);
        return count('failed') > 0 ? 2 : 0;
      }
      case 'retry': {
        console.log(
          `${await store.retryFailed(new Date())} failed deliveries queued again; a running server sends them within its poll interval.`,
        );
        return 0;
      }
      default: {
        const days = Number(option(rest, 'older-than-days') ?? getSite().enquiries.retentionDays);
        if (!Number.isInteger(days) || days < 1) throw new UsageError('--older-than-days must be a whole number of days, at least 1');
        const cutoff = new Date(Date.now() - days * 86_400_000);
        if (rest.includes('--dry-run')) {
          const old = (await store.list()).filter((e) => e.createdAt < cutoff);
          console.log(`${old.length} enquiries received before ${cutoff.toISOString()} would be deleted.`);
        } else {
          console.log(
            `Deleted ${await purgeOlderThan(store.sql, cutoff, new Date())} enquiries received before ${cutoff.toISOString()} (older than ${days} days).`,
          );
        }
        return 0;
      }
    }
  } finally {
    await store.close();
  }
}

function describe(database: ReturnType<typeof enquiryConfig>['database']): string {
  return database.kind === 'sqlite' ? database.path : 'PostgreSQL (DATABASE_URL)';
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
