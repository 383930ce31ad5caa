import path from 'node:path';

/** Where the editable content lives: `content/` at the project root. */
export const CONTENT_ROOT = path.join(process.cwd(), 'content');

/** A path relative to the project root, for messages people read. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
