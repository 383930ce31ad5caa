import NextLink from 'next/link';
import type { ComponentProps } from 'react';

export type LinkProps = Omit<ComponentProps<typeof NextLink>, 'prefetch'>;

/**
 * next/link without prefetching. By default every link in the viewport fetches its page's RSC payload as
 * soon as the page is interactive; on the home page that is a dozen requests whose parsing added about
 * 100 ms of Total Blocking Time in Lighthouse's mobile run. Pages here are small and static, so fetching
 * on click costs little. Navigation between pages stays client-side.
 */
export function Link(props: LinkProps) {
  return <NextLink {...props} prefetch={false} />;
}
