import { userInfo } from 'node:os';
import { writeFileSync } from 'node:fs';
import type { Delivery } from './types';
import { deletePersonData, deletionLog, deletionPlan, exportPerson, personOf, type PersonScope } from './person-data';
import type { EnquiryStore } from './store';

/** The command's data-rights part: `person`, `delete` and `deletions` (see cli.ts and the README). */
export class UsageError extends Error {}

export function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
  return value;
}

function scopeOf(args: string[], allowRef: boolean): PersonScope {
  const [ref, email, phone] = [option(args, 'ref'), option(args, 'email'), option(args, 'phone')];
  if ([ref, email, phone].filter((v) => v !== undefined).length !== 1)
    throw new UsageError(allowRef ? 'Give one of --ref, --email or --phone.' : 'Give one of --email or --phone.');
  if (ref !== undefined) {
    if (!allowRef) throw new UsageError('--ref is for delete; a person is found by --email or --phone.');
    return { kind: 'enquiry', reference: ref.trim().toUpperCase() };
  }
  const person = personOf({ email: email ?? '', phone: phone ?? '' });
  if (phone !== undefined && person.phone.length < 5) throw new UsageError('--phone needs a phone number of at least 5 digits.');
  if (email !== undefined && !person.email.includes('@')) throw new UsageError('--email needs an e-mail address.');
  return { kind: 'person', person };
}

/** Where copies went that the site cannot delete, for one enquiry's deliveries. */
export function copiesElsewhere(deliveries: readonly Delivery[]): string {
  const sent = deliveries
    .filter((d) => d.status === 'delivered')
    .map((d) => (d.channel === 'email' ? 'the staff mailbox' : "the webhook's receiver"));
  const pending = deliveries.filter((d) => d.status === 'pending').length;
  return [
    sent.length ? `copies in ${sent.join(' and ')} stay there (delete them there)` : 'no copy was delivered elsewhere',
    pending ? `${pending} pending deliveries are cancelled` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** `person --email … | --phone … [--out FILE]`: everything stored about one person, as JSON. */
export async function personCommand(store: EnquiryStore, args: string[]): Promise<number> {
  const scope = scopeOf(args, false);
  if (scope.kind !== 'person') return 1;
  const text = await exportPerson(store.sql, scope.person, new Date());
  const out = option(args, 'out');
  const count = (JSON.parse(text) as { enquiries: unknown[] }).enquiries.length;
  if (out) {
    writeFileSync(out, text, { mode: 0o600 });
    console.error(`Wrote ${count} enquiries of this person to ${out}`);
  } else await new Promise((done) => process.stdout.write(text, done));
  return 0;
}

/** `delete --ref … | --email … | --phone … [--yes] [--by NAME]`: says what would go; with --yes, deletes it. */
export async function deleteCommand(store: EnquiryStore, args: string[]): Promise<number> {
  const scope = scopeOf(args, true);
  const plan = await deletionPlan(store.sql, scope);
  if (plan.enquiries.length === 0 && plan.also.length === 0) {
    console.log('No enquiry matches: nothing to delete.');
    return 1;
  }
  for (const e of plan.enquiries)
    console.log(`${e.reference}  ${e.createdAt.toISOString()}  ${e.name}: ${copiesElsewhere(plan.deliveries.get(e.id) ?? [])}`);
  for (const a of plan.also) console.log(`${a.name}: ${a.count} (deleted with the person, with any message still waiting)`);
  console.log('Backups of the database keep their copies until they expire.');
  if (!args.includes('--yes')) {
    console.log(`${plan.enquiries.length} enquiries would be deleted. Run again with --yes to delete them.`);
    return 0;
  }
  const by = option(args, 'by') ?? `command line (${userInfo().username})`;
  const deleted = await deletePersonData(
    store.sql,
    scope,
    plan.enquiries.map((e) => e.reference),
    by,
    new Date(),
  );
  console.log(`Deleted ${deleted.length} enquiries (${deleted.join(', ')}); the deletion log keeps who, which reference and when.`);
  for (const a of plan.also) console.log(`Deleted ${a.name}: ${a.count}.`);
  return 0;
}

/** `deletions`: the deletion log, newest first. */
export async function deletionsCommand(store: EnquiryStore): Promise<number> {
  const log = await deletionLog(store.sql, 1000);
  for (const d of log) console.log(`${d.at.toISOString()}  ${d.reference}  ${d.scope.padEnd(9)}  by ${d.actor}`);
  console.error(`${log.length} deletions logged`);
  return 0;
}
