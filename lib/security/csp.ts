/** Where a page's inline scripts are allowed from: a nonce, or the hashes of the scripts it carries. */
export type ScriptSources = { nonce: string } | { hashes: readonly string[] };

/**
 * The site's Content-Security-Policy for HTML pages. Scripts come from this origin only, and an inline script
 * runs only when the policy names its hash (statically generated pages) or its nonce (pages rendered on
 * request). No third-party origin appears anywhere; nothing may frame the site, load plugins or rebase links.
 */
export function contentSecurityPolicy(scripts: ScriptSources, options: { dev?: boolean } = {}): string {
  const script = ["'self'", ...('nonce' in scripts ? [`'nonce-${scripts.nonce}'`] : scripts.hashes.map((h) => `'${h}'`))];
  // React's development build evaluates code for its error overlay, and the overlay injects styles.
  if (options.dev) script.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    `style-src 'self'${options.dev ? " 'unsafe-inline'" : ''}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** For responses that run no script: the proxy's own error pages (inline styles only), JSON, files. */
export const NO_SCRIPT_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
