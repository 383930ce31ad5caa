import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inlineScriptHashes } from './script-hashes';

/** What the proxy needs to send a page's policy: written after `next build`, read by the running server. */
export interface CspManifest {
  /** The build the hashes belong to (`.next/BUILD_ID`); a manifest from another build is ignored. */
  buildId: string;
  /** Per-build key for the nonces of server-cached pages (see page-policy.ts). */
  secret: string;
  /** Inline script hashes of every statically generated page, by URL path (`/en/faq`, `/_not-found`). */
  pages: Record<string, string[]>;
}

export const MANIFEST_FILE = 'csp-manifest.json';

/** Every prerendered HTML file of a `next build` output directory, with the URL path it is served at (`/en/faq`). */
export function prerenderedPages(distDir: string): { pathname: string; file: string }[] {
  const appDir = path.join(distDir, 'server', 'app');
  return htmlFiles(appDir).map((file) => ({
    pathname:
      `/${path
        .relative(appDir, file)
        .split(path.sep)
        .join('/')
        .replace(/\.html$/, '')}`.replace(/\/index$/, '') || '/',
    file,
  }));
}

/** Hashes the inline scripts of every prerendered HTML file of a `next build` output directory. */
export function buildCspManifest(distDir: string): CspManifest {
  const pages: Record<string, string[]> = {};
  for (const { pathname, file } of prerenderedPages(distDir)) pages[pathname] = inlineScriptHashes(fs.readFileSync(file, 'utf8'));
  return { buildId: fs.readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim(), secret: randomBytes(32).toString('base64'), pages };
}

/** The manifest of the build in `distDir`, or null when it is missing or belongs to another build. */
export function readCspManifest(distDir: string): CspManifest | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, MANIFEST_FILE), 'utf8')) as CspManifest;
    const buildId = fs.readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim();
    return manifest.buildId === buildId ? manifest : null;
  } catch {
    return null;
  }
}

function htmlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}
