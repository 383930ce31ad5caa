import { createHmac, randomBytes } from 'node:crypto';
import path from 'node:path';
import { contentSecurityPolicy, type ScriptSources } from './csp';
import { readCspManifest, type CspManifest } from './manifest';

const DEV = process.env.NODE_ENV !== 'production';

let loaded: { manifest: CspManifest | null; secret: string } | undefined;

function state() {
  if (!loaded) {
    const manifest = DEV ? null : readCspManifest(path.join(process.cwd(), '.next'));
    if (!DEV && !manifest) {
      // Without it every static page's inline scripts are blocked: the site still works (it needs no
      // JavaScript), but say so loudly rather than fall back to a weaker policy.
      console.error(
        'csp: .next/csp-manifest.json is missing or from another build; run `npm run build` (next build + lib/security/hash-pages-cli.ts)',
      );
    }
    loaded = { manifest, secret: manifest?.secret ?? randomBytes(32).toString('base64') };
  }
  return loaded;
}

function policy(scripts: ScriptSources): string {
  return contentSecurityPolicy(scripts, { dev: DEV });
}

/** The policy of a statically generated page (its inline scripts by hash), or null when the path was not prerendered. */
export function staticPagePolicy(pathname: string): string | null {
  const hashes = state().manifest?.pages[pathname];
  return hashes ? policy({ hashes }) : null;
}

/** A policy with a fresh nonce, for a page rendered for this request alone. */
export function requestPolicy(): { nonce: string; policy: string } {
  const nonce = randomBytes(16).toString('base64');
  return { nonce, policy: policy({ nonce }) };
}

/**
 * The policy of a page the server caches by URL (a result page): its nonce is derived from the URL, so every
 * request for it gets the nonce its cached HTML carries. Such a page shows nothing but validated answer ids
 * and the site's own text, so a nonce shared by its visitors (as a CDN shares it anyway) exposes nothing.
 */
export function cachedPagePolicy(cacheKey: string): { nonce: string; policy: string } {
  const nonce = createHmac('sha256', state().secret).update(cacheKey).digest('base64').slice(0, 24);
  return { nonce, policy: policy({ nonce }) };
}
