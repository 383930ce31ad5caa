import type { ReactNode } from 'react';
import type { Metadata } from 'next';

// Every inbox page reads the session cookie, so it is rendered per request and never cached or indexed.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function InboxLayout({ children }: { children: ReactNode }) {
  return children;
}
