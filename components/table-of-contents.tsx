import type { Heading } from '@/lib/content/headings';

export interface TableOfContentsProps {
  title: string;
  headings: readonly Heading[];
}

export function TableOfContents({ title, headings }: TableOfContentsProps) {
  const top = headings.filter((h) => h.depth === 2);
  if (top.length < 3) return null;
  return (
    <nav aria-label={title} className="no-print my-6 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm">
      <p className="font-semibold text-slate-900">{title}</p>
      <ul className="mt-2 space-y-1">
        {top.map((h) => (
          <li key={h.id}>
            <a href={`#${h.id}`} className="text-brand-800 underline-offset-4 hover:underline">
              {h.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
