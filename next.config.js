// @ts-check
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // MDX is compiled by lib/content at build time from files read on disk.
  outputFileTracingIncludes: { '/*': ['./content/**/*'] },
};

export default withNextIntl(nextConfig);
