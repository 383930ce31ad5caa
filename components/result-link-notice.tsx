import { Link } from '@/components/link';

export interface ResultLinkNoticeProps {
  title: string;
  lead: string;
  /** The result's path on this site (the link's target) and its full address (the link's text). */
  path: string;
  url: string;
}

/** The result the visitor came from, shown back on the contact page with its full address. */
export function ResultLinkNotice({ title, lead, path, url }: ResultLinkNoticeProps) {
  return (
    <section aria-labelledby="your-result" className="mt-6 rounded-lg border-l-4 border-brand-600 bg-brand-50 p-5">
      <h2 id="your-result" className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mt-1 text-slate-700">{lead}</p>
      <p className="mt-2 break-all">
        <Link href={path} className="text-brand-800 underline">
          {url}
        </Link>
      </p>
    </section>
  );
}
