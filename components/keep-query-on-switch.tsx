'use client';

import { useEffect } from 'react';
import { usePathname } from 'next/navigation';

/**
 * Statically generated pages cannot know the query string they were opened with, so the language
 * switch link is rendered without it; this adds it in the browser. Dynamic pages render it server-side.
 */
export function KeepQueryOnSwitch() {
  const pathname = usePathname();
  useEffect(() => {
    const link = document.querySelector<HTMLAnchorElement>('a[data-language-switch]');
    if (link && window.location.search && !link.search) link.search = window.location.search;
  }, [pathname]);
  return null;
}
