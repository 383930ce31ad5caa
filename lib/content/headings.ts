import GithubSlugger from 'github-slugger';

export interface Heading {
  readonly id: string;
  readonly text: string;
  readonly depth: 2 | 3;
}

/** The ## and ### headings of a Markdown body, with the ids rehype-slug gives them. */
export function extractHeadings(body: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length;
    // Plain text of the heading, as rehype-slug sees it: drop link targets and emphasis marks.
    const text = match[2]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '');
    const id = slugger.slug(text);
    if (depth === 2 || depth === 3) headings.push({ id, text, depth });
  }
  return headings;
}
