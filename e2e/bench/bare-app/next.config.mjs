// The Lighthouse baseline: a bare Next.js app of the site's version (one layout, one page of 20 paragraphs),
// built and served by the bench (e2e/bench/bare-next.ts). Default settings on purpose: it is the framework alone.
/** @type {import('next').NextConfig} */
const config = {};

export default config;
