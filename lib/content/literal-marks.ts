import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { MDXContent } from 'mdx/types';

// Markdown emphasis next to CJK punctuation (《》，。：) often does not parse (CommonMark's flanking rules), and the
// reader then sees the asterisks: `依据是**《办法》**，` renders "**《办法》**". Write `依据是《**办法**》，` instead.
const MARKS = /\*\*|__/g;

/** Emphasis marks left as literal text in rendered HTML (code aside), each with a little context. */
export function literalMarks(html: string): string[] {
  const text = html
    .replace(/<(code|pre)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");
  return [...text.matchAll(MARKS)].map((m) => text.slice(Math.max(0, m.index - 16), m.index + 18).replace(/\s+/g, ' '));
}

/** Problems of a compiled MDX body: every `**` or `__` the reader would see as it is. */
export function literalMarkProblems(Content: MDXContent, file: string): string[] {
  return literalMarks(renderToStaticMarkup(createElement(Content))).map(
    (excerpt) =>
      `${file}: renders a literal emphasis mark (CJK punctuation next to ** stops it parsing; put the marks inside 《》 or around plain text): "${excerpt}"`,
  );
}
