// Runs after `next build` (see package.json): hashes the inline scripts of every statically generated page,
// so the proxy can give those pages a script policy without a nonce and they stay static.
import fs from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE, buildCspManifest } from './manifest';

const distDir = path.join(process.cwd(), '.next');
const manifest = buildCspManifest(distDir);
const count = Object.keys(manifest.pages).length;
if (count === 0) {
  console.error(`csp: no prerendered pages under ${distDir}/server/app; run \`next build\` first`);
  process.exit(1);
}
fs.writeFileSync(path.join(distDir, MANIFEST_FILE), JSON.stringify(manifest));
console.log(`csp: hashed the inline scripts of ${count} prerendered pages into .next/${MANIFEST_FILE}`);
