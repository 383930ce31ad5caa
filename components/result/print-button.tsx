'use client';

import { useEffect, useSyncExternalStore } from 'react';

export interface PrintButtonProps {
  label: string;
  /** What to do without JavaScript: the browser's own print command. */
  noScript: string;
}

const noSubscription = () => () => {};

/**
 * The print view's button. Opened from the result's "Print" link (`…/print#print`), it opens the print dialog at once;
 * without JavaScript it says how to print.
 */
export function PrintButton({ label, noScript }: PrintButtonProps) {
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  useEffect(() => {
    if (window.location.hash !== '#print') return;
    window.history.replaceState(null, '', window.location.pathname);
    window.print();
  }, []);
  if (!ready) return <p className="text-sm text-slate-700">{noScript}</p>;
  return (
    <button type="button" onClick={() => window.print()} className="btn-primary">
      {label}
    </button>
  );
}
