// Runs after `next build`, before the CSP hashes (see package.json): serves content pages without Next's scripts.
import path from 'node:path';
import { stripScriptlessPages } from './scriptless';

const stripped = stripScriptlessPages(path.join(process.cwd(), '.next'));
if (stripped.length === 0) {
  console.error('scriptless: no prerendered page marked scriptless in lib/pages.ts; run `next build` first');
  process.exit(1);
}
console.log(`scriptless: took Next's scripts out of ${stripped.length} prerendered content pages`);
