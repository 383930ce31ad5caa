'use client';

import { useState, useSyncExternalStore } from 'react';

export interface ShareActionsProps {
  labels: { copy: string; copied: string; copyFailed: string; share: string };
  title: string;
  /** The result's canonical path (sorted answers and ruleset version), so a colleague opens exactly this result. */
  href: string;
}

const noSubscription = () => () => {};

/** Copy link and native share. Rendered only once JavaScript runs: without it the address bar does the job. */
export function ShareActions({ labels, title, href }: ShareActionsProps) {
  // False on the server and during hydration, true once the browser runs this: no effect, no second render pass.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const canShare = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === 'function',
    () => false,
  );
  const [status, setStatus] = useState<string>('');

  if (!ready) return null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(new URL(href, window.location.origin).href);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed);
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title, url: new URL(href, window.location.origin).href });
    } catch {
      // The visitor closed the share sheet: nothing to do.
    }
  };

  const button = 'rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:border-brand-700';
  return (
    <div className="no-print mt-6 flex flex-wrap items-center gap-3">
      <button type="button" onClick={copy} className={button}>
        {labels.copy}
      </button>
      {canShare && (
        <button type="button" onClick={share} className={button}>
          {labels.share}
        </button>
      )}
      <p role="status" className="text-sm text-slate-700">
        {status}
      </p>
    </div>
  );
}
