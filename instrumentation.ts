// Runs once when the server starts: guards the HTTP server against methods Next cannot handle, then opens the
// enquiry store (running its migrations) and starts the outbox, so deliveries left pending by a restart or a
// crash are sent without waiting for the next visitor.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // Methods Next cannot represent (TRACE …) are answered before it, with a 405 instead of a 500.
  (await import('./lib/edge/server-guard')).installServerGuard();
  const { enquiryService } = await import('./lib/enquiries/service');
  try {
    await enquiryService();
  } catch (error) {
    // The site still serves every page; the enquiry form says the store is unavailable until it is back.
    console.error('[enquiries] could not open the enquiry store at start-up:', error instanceof Error ? error.message : error);
  }
}
