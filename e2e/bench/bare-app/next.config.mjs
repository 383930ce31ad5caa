// The framework alone: a bare Next.js app of the site's version (one layout, one static page of 20 paragraphs, new
// pages rendered on first request), built and served by the bench (e2e/bench/bare-next.ts). Next's defaults, except
// the two cache settings the site's next.config.js sets, so its new pages are kept as the site's results are (in
// memory, not written to disk).
/** @type {import('next').NextConfig} */
const config = {
  experimental: { isrFlushToDisk: false },
  cacheMaxMemorySize: 64 * 1024 * 1024,
};

export default config;
