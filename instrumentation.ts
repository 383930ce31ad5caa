// Runs once when the server starts: opens the enquiry store (running its migrations) and starts the outbox, so
// deliveries left pending by a restart or a crash are sent without waiting for the next visitor. (What the HTTP server
// answers before Next, and the render gate, are the custom server's: server.ts.)
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  await warnOfPlaceholderAddress();
  const { enquiryService } = await import('./lib/enquiries/service');
  try {
    const { store } = await enquiryService();
    // The anonymous assessment counts the proxy keeps in memory go to the store every minute and at shutdown.
    const { startCountFlush } = await import('./lib/inbox/counts-flush');
    startCountFlush(store.sql, Number(process.env.INBOX_COUNT_FLUSH_MS) || 60_000);
    // E-mail alerts about results (lib/watch): their messages left pending by a restart are sent now.
    await (await import('./lib/watch/service')).watchService();
  } catch (error) {
    // The site still serves every page; the enquiry form says the store is unavailable until it is back.
    console.error('[enquiries] could not open the enquiry store at start-up:', error instanceof Error ? error.message : error);
  }
}

/** Every shared, printed and e-mailed result link is built from the configured address: say loudly when it is a placeholder. */
async function warnOfPlaceholderAddress() {
  const [{ getSite }, { isPlaceholderAddress }] = await Promise.all([import('./lib/content/site'), import('./lib/site-address')]);
  const { siteUrl } = getSite();
  if (process.env.NODE_ENV === 'production' && isPlaceholderAddress(siteUrl)) {
    console.error(
      `\n[site] WARNING: the public address is ${siteUrl}. Every result link this server shares, prints or e-mails points there ` +
        'and will not open for anyone else. Set siteUrl in content/site.yaml or the SITE_URL environment variable.\n',
    );
  }
}
