import { Link } from '@/components/link';
import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';

function MdxLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  if (href.startsWith('/')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  if (href.startsWith('#'))
    return (
      <a href={href} {...rest}>
        {children}
      </a>
    );
  return (
    <a href={href} rel="noopener noreferrer" {...rest}>
      {children}
    </a>
  );
}

/** Elements MDX content may use; internal links go through next/link. */
export const mdxComponents: MDXComponents = {
  a: MdxLink,
};
