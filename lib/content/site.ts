import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_ROOT, displayPath } from './paths';
import { parseYamlFile } from './frontmatter';
import { siteSchema, type Site } from './schema';

let cached: Site | undefined;

/** The operator's details from `content/site.yaml`, validated; SITE_URL overrides `siteUrl`. */
export function getSite(root: string = CONTENT_ROOT): Site {
  if (cached && root === CONTENT_ROOT) return cached;
  const file = path.join(root, 'site.yaml');
  const site = parseYamlFile(fs.readFileSync(file, 'utf8'), siteSchema, displayPath(file));
  const fromEnv = process.env.SITE_URL?.trim();
  // SITE_URL goes through the same schema, so a bad value stops the build with a message, not a 500.
  const checked = fromEnv
    ? parseYamlFile(JSON.stringify({ ...site, siteUrl: fromEnv }), siteSchema, 'SITE_URL (environment variable)')
    : site;
  const result = { ...checked, siteUrl: checked.siteUrl.replace(/\/+$/, '') };
  if (root === CONTENT_ROOT) cached = result;
  return result;
}
