import type { SqlRunner } from '@/lib/enquiries/store/store';
import { DECOY_HASH, verifyPassword } from './password';
import { createSession, findUser, purgeSessions, type SessionLimits, SESSION_LIMITS } from './store';
import { recordFailedSignIn, recordSignIn, signInBlockedUntil } from './throttle';

export type SignInOutcome =
  { kind: 'signed-in'; sessionId: string; email: string } | { kind: 'wrong' } | { kind: 'locked'; retryAfterSeconds: number };

/**
 * Checks a sign-in: refused while the throttle holds (before the password is even looked at), then the
 * password (unknown accounts cost the same time and get the same answer), then a new session.
 */
export async function signIn(
  sql: SqlRunner,
  { email, password, client }: { email: string; password: string; client: string },
  now: Date,
  limits: SessionLimits = SESSION_LIMITS,
): Promise<SignInOutcome> {
  const blocked = await signInBlockedUntil(sql, email, client, now);
  if (blocked) return { kind: 'locked', retryAfterSeconds: Math.ceil((blocked.getTime() - now.getTime()) / 1000) };
  const user = await findUser(sql, email);
  const ok = await verifyPassword(password, user?.passwordHash ?? DECOY_HASH);
  if (!user || !ok) {
    await recordFailedSignIn(sql, email, client, now);
    return { kind: 'wrong' };
  }
  await recordSignIn(sql, email, client, now);
  await purgeSessions(sql, now, limits);
  return { kind: 'signed-in', sessionId: await createSession(sql, user.id, now, limits), email: user.email };
}
