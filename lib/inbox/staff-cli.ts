// `npm run staff -- <command>`: the operator's tool for the inbox's staff accounts (see the README).
//   add <e-mail> [--owner]  creates an account (the first one is an owner); the password is typed at a prompt (not
//                           shown) or read from standard input
//   password <e-mail>       sets a new password and ends the account's sessions (recovery)
//   role <e-mail> owner|staff  an owner also adds and removes staff in the inbox
//   remove <e-mail>         removes an account and ends its sessions at once
//   list                    the accounts
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { enquiryConfig } from '@/lib/enquiries/config';
import { openStore } from '@/lib/enquiries/store';
import { hashPassword } from './password';
import { MIN_PASSWORD_LENGTH, PASSWORD_PROBLEM_TEXT, passwordProblem } from './password-policy';
import { addUser, isStaffRole, listUsers, removeUser, setPassword, setRole } from './store';

const USAGE = `Usage: npm run staff -- <command>
  add <e-mail> [--owner]   the password is asked for (not shown), or read from standard input when it is not a
                           terminal; the first account is an owner, who adds and removes staff in the inbox
  password <e-mail>        a new password; signs the account out everywhere
  role <e-mail> owner|staff
  remove <e-mail>          removes the account and ends its sessions
  list`;

class UsageError extends Error {}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Asks without echoing what is typed (a terminal), or reads the first line of standard input (a pipe). */
async function readPassword(prompt: string, input: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (!input.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of input) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input, output, terminal: true });
  try {
    return await new Promise<string>((resolve) => {
      rl.question(prompt, resolve);
      muted = true;
    });
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

async function newPassword(email: string): Promise<string> {
  const password = await readPassword(`Password (at least ${MIN_PASSWORD_LENGTH} characters, not shown): `);
  const problem = await passwordProblem(password, email);
  if (problem) throw new UsageError(PASSWORD_PROBLEM_TEXT[problem]);
  if (process.stdin.isTTY && (await readPassword('The same password again: ')) !== password) throw new UsageError('The passwords differ.');
  return password;
}

async function main(args: string[]): Promise<number> {
  const owner = args.includes('--owner');
  const [command, email, ...extra] = args.filter((a) => a !== '--owner');
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  if (!['add', 'password', 'role', 'remove', 'list'].includes(command)) throw new UsageError(`Unknown command "${command}".`);
  if (command !== 'list' && (!email || !EMAIL.test(email)))
    throw new UsageError(`${command} needs an e-mail address, e.g. desk@example.com`);
  const role = command === 'role' ? extra.shift() : undefined;
  if (command === 'role' && !isStaffRole(role)) throw new UsageError('role needs owner or staff after the e-mail address');
  if (extra.length > 0) throw new UsageError('Too many arguments: the password is never given as an argument; it is asked for.');
  const store = await openStore(enquiryConfig().database);
  try {
    switch (command) {
      case 'add': {
        const hash = await hashPassword(await newPassword(email!));
        const hasOwner = (await listUsers(store.sql)).some((u) => u.role === 'owner');
        const user = await addUser(store.sql, email!, hash, new Date(), owner || !hasOwner ? 'owner' : 'staff');
        if (!user) {
          console.error(`There is already an account for ${email}; use \`npm run staff -- password ${email}\` to change its password.`);
          return 1;
        }
        console.log(`Added ${user.email} (${user.role}). They sign in at /<locale>/inbox.`);
        return 0;
      }
      case 'password': {
        const done = await setPassword(store.sql, email!, await hashPassword(await newPassword(email!)));
        console.log(done ? `Changed the password of ${email}; its sessions have ended.` : `There is no account for ${email}.`);
        return done ? 0 : 1;
      }
      case 'role': {
        const done = await setRole(store.sql, email!, role as 'owner' | 'staff');
        console.log(done ? `${email} is now ${role}.` : `There is no account for ${email}.`);
        return done ? 0 : 1;
      }
      case 'remove': {
        const done = await removeUser(store.sql, email!);
        console.log(done ? `Removed ${email}; its sessions have ended.` : `There is no account for ${email}.`);
        return done ? 0 : 1;
      }
      default: {
        const users = await listUsers(store.sql);
        for (const u of users) console.log(`${u.email}  ${u.role.padEnd(5)}  added ${u.createdAt.toISOString()}`);
        console.error(`${users.length} staff accounts`);
        return 0;
      }
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
