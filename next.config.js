// @ts-check
import createNextIntlPlugin from 'next-intl/plugin';
import { serverSettings } from './lib/server/settings.js';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// Headers every response carries. The Content-Security-Policy of pages is set by proxy.ts, per page: the
// hashes of a statically generated page's inline scripts, or a nonce (lib/security). Responses the proxy
// does not see (the API, Next's own files) get a policy that runs nothing.
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];
const NO_SCRIPT_POLICY = [
  {
    key: 'Content-Security-Policy',
    value: "default-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
  },
];

// The files in public/ (lib/http/outside-locales.ts ROOT_FILES lets them past the proxy). Their names carry no content hash, so
// a browser or CDN keeps them a day (and may serve a stale copy for a week while it refetches), never for good.
const PUBLIC_FILES = '/:file(favicon\\.ico|icon\\.svg|apple-touch-icon\\.png|og-default\\.png)';
const PUBLIC_CACHE = [{ key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // Only where the proxy does not run: for pages, these headers would replace the proxy's policy.
      { source: '/api/:path*', headers: NO_SCRIPT_POLICY },
      { source: '/_next/:path*', headers: NO_SCRIPT_POLICY },
      { source: PUBLIC_FILES, headers: PUBLIC_CACHE },
      // HSTS only where the site is served over HTTPS (browsers ignore it on http, but say so plainly).
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }],
      },
    ];
  },
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tsc --noEmit, beside lint and format) before it builds: the build's own
  // pass over the same files took 17 s of CI's ten minutes.
  typescript: { ignoreBuildErrors: process.env.ICP_BUILD_SKIP_TYPECHECK === '1' },
  // Native and Node-only drivers of the enquiry store and its outbox are loaded from node_modules, not bundled.
  serverExternalPackages: ['better-sqlite3', 'pg', 'nodemailer'],
  experimental: {
    // Result pages are cached by Next once rendered (app/[locale]/result/[code]): keep that cache in memory
    // (an LRU of cacheMaxMemorySize) instead of writing every answer set ever requested to disk.
    isrFlushToDisk: false,
  },
  // Next counts an entry as its HTML's length plus its payload's bytes (a result: about 300-450 KB), but holds the
  // HTML as a JavaScript string, up to twice that in the heap: sized with the heap cap and the render gate in one place
  // (lib/server/settings.js, NEXT_CACHE_MB; 64 MB by default, about 150-200 results).
  cacheMaxMemorySize: serverSettings().nextCacheBytes,
  // Cached results revalidate daily (s-maxage); a CDN may serve one up to a week old while it refetches.
  expireTime: 7 * 24 * 3600,
  // MDX is compiled by lib/content at build time from files read on disk.
  outputFileTracingIncludes: { '/*': ['./content/**/*'] },
};

export default withNextIntl(nextConfig);
