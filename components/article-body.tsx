import type { MDXContent } from 'mdx/types';
import type { Heading } from '@/lib/content/headings';
import { mdxComponents } from '@/components/mdx-components';
import { TableOfContents } from '@/components/table-of-contents';

export interface ArticleBodyProps {
  /** The table of contents' title ("On this page"). */
  tocTitle: string;
  headings: readonly Heading[];
  Body: MDXContent;
}

/** A content page's table of contents and its MDX body. */
export function ArticleBody({ tocTitle, headings, Body }: ArticleBodyProps) {
  return (
    <>
      <TableOfContents title={tocTitle} headings={headings} />
      <div className="prose prose-slate mt-6 max-w-none prose-a:text-brand-800 prose-headings:scroll-mt-4">
        <Body components={mdxComponents} />
      </div>
    </>
  );
}
