import type { WatchErrors, WatchInput } from './schema';

/** What the subscribe form shows after a refusal; `attempt` changes on each, so focus can move to the summary. */
export type WatchFormState = {
  status: 'idle' | 'invalid' | 'refused';
  errors: WatchErrors;
  /** A refusal that is not about a field (rate limit, store down, not available), in the visitor's language. */
  notice: string | null;
  /** Everything the visitor typed, to put back in the form. */
  values: WatchInput | null;
  attempt: number;
};

export const INITIAL_WATCH_STATE: WatchFormState = { status: 'idle', errors: {}, notice: null, values: null, attempt: 0 };
