import type { ReactNode } from 'react';

export interface PageHeadingProps {
  title: ReactNode;
  /** The paragraph under the title, if any. */
  lead?: ReactNode;
  /** Space above the title, for pages where a back link or breadcrumbs stand before it. */
  spaced?: boolean;
}

/** A page's <h1> and its lead paragraph, alike on every page. */
export function PageHeading({ title, lead, spaced }: PageHeadingProps) {
  return (
    <>
      <h1 className={`${spaced ? 'mt-3 ' : ''}text-3xl font-bold tracking-tight text-slate-900`}>{title}</h1>
      {lead !== undefined && <p className="mt-4 max-w-3xl text-lg text-slate-700">{lead}</p>}
    </>
  );
}
