import type { StaffError } from './staff-actions';

/** What a staff form shows after a refused or failed submission: the error, and what was typed (never a password). */
export type StaffFormState = { error: StaffError | null; retryAfterMinutes: number; values: Record<string, string>; attempt: number };

export const INITIAL_STAFF_STATE: StaffFormState = { error: null, retryAfterMinutes: 0, values: {}, attempt: 0 };
