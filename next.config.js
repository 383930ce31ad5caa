// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // MDX is compiled by lib/content at build time; content files are read from disk.
  outputFileTracingIncludes: { '/*': ['./content/**/*'] },
};

module.exports = withNextIntl(nextConfig);
