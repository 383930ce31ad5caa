import type { EnquiryErrors, EnquiryInput } from './schema';

/** What the enquiry form shows after a refused submission; `attempt` changes on each so focus can move. */
export type EnquiryFormState = {
  status: 'idle' | 'invalid' | 'spam' | 'rate-limited' | 'unavailable';
  errors: EnquiryErrors;
  /** The refusal that is not about a field (spam, rate limit, store unavailable), in the visitor's language. */
  notice: string | null;
  /** Everything the visitor typed, to put back in the form. */
  values: EnquiryInput | null;
  attempt: number;
};

export const INITIAL_ENQUIRY_STATE: EnquiryFormState = { status: 'idle', errors: {}, notice: null, values: null, attempt: 0 };
