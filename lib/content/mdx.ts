import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import type { MDXContent } from 'mdx/types';
import { ContentError } from './errors';

/** Compiles an MDX body to a component. Runs at build time for statically generated pages. */
export async function compileMdx(body: string, file: string): Promise<MDXContent> {
  try {
    const mod = await evaluate(body, {
      ...runtime,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeSlug],
    });
    return mod.default;
  } catch (error) {
    throw new ContentError(file, [`MDX does not compile: ${(error as Error).message}`]);
  }
}
