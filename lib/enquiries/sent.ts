import { enquiryService } from './service';

// Only a reference in the shape the store makes is looked up; anything else is left out, never echoed.
const REFERENCE = /^E-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/**
 * The reference the confirmation page shows: the one in its address when an enquiry with it is stored, else
 * null. The page reads the same either way otherwise, so it never says whether a guessed reference exists
 * beyond leaving it out; nothing else about the enquiry is shown.
 */
export async function confirmedReference(ref: unknown): Promise<string | null> {
  if (typeof ref !== 'string' || !REFERENCE.test(ref)) return null;
  try {
    const { store } = await enquiryService();
    return (await store.findByReference(ref)) ? ref : null;
  } catch {
    return null;
  }
}
