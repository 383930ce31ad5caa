import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { contentSecurityPolicy, type ScriptSources } from './csp';
import { readCspManifest, type CspManifest } from './manifest';

const DEV = process.env.NODE_ENV !== 'production';

let loaded: { manifest: CspManifest | null } | undefined;

function state() {
  if (!loaded) {
    const manifest = DEV ? null : readCspManifest(path.join(process.cwd(), '.next'));
    if (!DEV && !manifest) {
      // Without it every static page's inline scripts are blocked: the site still works (it needs no
      // JavaScript), but say so loudly rather than fall back to a weaker policy.
      console.error('csp: .next/csp-manifest.json is missing or from another build; run `npm run build` (next build + lib/security/hash-pages-cli.ts)');
    }
    loaded = { manifest };
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
