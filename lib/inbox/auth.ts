import type { SqlRunner } from '@/lib/enquiries/store/store';
import { deviceIdFor, issueDeviceToken } from './device';
import { DECOY_HASH, verifyPassword } from './password';
import { createSession, findUser, purgeSessions, type SessionLimits, SESSION_LIMITS, type StaffUser } from './store';
import { reserveAttempt, settleSuccess, SIGN_IN_LIMITS } from './throttle';

export type PasswordCheck =
  { kind: 'right'; user: StaffUser; deviceId: string | null } | { kind: 'wrong' } | { kind: 'locked'; retryAfterSeconds: number };
export type Credentials = {
  email: string;
  password: string;
  client: string;
  /** The browser's device cookie, if any. */ deviceToken?: string;
};

/**
 * Checks an account's password under the sign-in limits: the attempt is counted first (a refusal answers before the
 * password is even looked at), then the password is checked (unknown accounts cost the same time and get the
 * same answer). Used by sign-in and by a password change, which asks for the current password.
 */
export async function checkPassword(sql: SqlRunner, c: Credentials, now: Date, limits = SIGN_IN_LIMITS): Promise<PasswordCheck> {
  const deviceId = await deviceIdFor(sql, c.deviceToken, c.email);
  const reservation = await reserveAttempt(sql, { email: c.email, client: c.client, device: deviceId }, now, limits);
  if (reservation.kind === 'refused') return { kind: 'locked', retryAfterSeconds: reservation.retryAfterSeconds };
  const user = await findUser(sql, c.email);
  const ok = await verifyPassword(c.password, user?.passwordHash ?? DECOY_HASH);
  if (!user || !ok) return { kind: 'wrong' };
  await settleSuccess(sql, reservation);
  const { passwordHash: _hash, ...staff } = user;
  return { kind: 'right', user: staff, deviceId };
}

export type SignInOutcome =
  | { kind: 'signed-in'; sessionId: string; email: string; deviceToken: string }
  | { kind: 'wrong' }
  | { kind: 'locked'; retryAfterSeconds: number };

/** A sign-in: the password checked under the limits, then a new session and a device token for this browser. */
export async function signIn(sql: SqlRunner, c: Credentials, now: Date, limits: SessionLimits = SESSION_LIMITS): Promise<SignInOutcome> {
  const check = await checkPassword(sql, c, now);
  if (check.kind !== 'right') return check;
  await purgeSessions(sql, now, limits);
  return {
    kind: 'signed-in',
    sessionId: await createSession(sql, check.user.id, now, limits),
    email: check.user.email,
    deviceToken: await issueDeviceToken(sql, check.user.email, check.deviceId),
  };
}
