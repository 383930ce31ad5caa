// @ts-check
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// Headers every response carries. The script policy (nonce or hash) is not here yet: a nonce would make
// every statically generated page dynamic, a trade-off the hardening issue is to measure and decide.
const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // HSTS only where the site is served over HTTPS (browsers ignore it on http, but say so plainly).
      { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] },
    ];
  },
  reactStrictMode: true,
  // Native and Node-only drivers of the enquiry store and its outbox are loaded from node_modules, not bundled.
  serverExternalPackages: ['better-sqlite3', 'pg', 'nodemailer'],
  // MDX is compiled by lib/content at build time from files read on disk.
  outputFileTracingIncludes: { '/*': ['./content/**/*'] },
};

export default withNextIntl(nextConfig);
