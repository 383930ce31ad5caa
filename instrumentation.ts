// Runs once when the server starts: opens the enquiry store (running its migrations) and starts the outbox,
// so deliveries left pending by a restart or a crash are sent without waiting for the next visitor.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { enquiryService } = await import('./lib/enquiries/service');
  try {
    const { store } = await enquiryService();
    // The anonymous assessment counts the proxy keeps in memory go to the store every minute and at shutdown.
    const { startCountFlush } = await import('./lib/inbox/counts-flush');
    startCountFlush(store.sql, Number(process.env.INBOX_COUNT_FLUSH_MS) || 60_000);
  } catch (error) {
    // The site still serves every page; the enquiry form says the store is unavailable until it is back.
    console.error('[enquiries] could not open the enquiry store at start-up:', error instanceof Error ? error.message : error);
  }
}
