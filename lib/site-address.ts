/** Host names that only ever reach the machine the browser runs on: a site configured with one has no public address. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

/**
 * Whether the configured public address is still a placeholder (localhost or an example domain): every shared,
 * printed and e-mailed result link would then be dead.
 */
export function isPlaceholderAddress(siteUrl: string): boolean {
  try {
    const host = new URL(siteUrl).hostname;
    return (
      LOCAL_HOSTS.has(host) ||
      host.endsWith('.localhost') ||
      host === 'example.com' ||
      host.endsWith('.example.com') ||
      host.endsWith('.example')
    );
  } catch {
    return true;
  }
}
