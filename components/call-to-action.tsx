import { Link } from '@/components/link';

export interface CallToActionProps {
  /** The box's heading (an <h2>); without one the box is the button alone. */
  title?: string;
  lead?: string;
  href: string;
  label: string;
  /** strong: white on the brand colour (ask a consultant); soft: on a light brand tint; plain: outlined. */
  tone: 'strong' | 'soft' | 'plain';
  /** The heading's id, for the section's aria-labelledby; needed when there is a title. */
  id?: string;
  /** No space above the box (in a grid, beside another block). */
  flush?: boolean;
}

const BOX = {
  strong: 'rounded-lg bg-brand-800 p-6 text-white',
  soft: 'rounded-lg bg-brand-50 p-5',
  plain: 'rounded-lg border border-slate-200 p-6',
} as const;
const HEADING = {
  strong: 'text-2xl font-semibold',
  soft: 'text-xl font-semibold text-slate-900',
  plain: 'text-xl font-semibold text-slate-900',
} as const;
const LEAD = { strong: 'mt-2 text-brand-50', soft: 'mt-2 text-slate-700', plain: 'mt-2 text-slate-700' } as const;
const BUTTON = {
  strong: 'inline-flex rounded-md bg-white px-5 py-3 font-semibold text-brand-900 no-underline hover:bg-brand-50',
  soft: 'btn-primary',
  plain: 'btn-secondary',
} as const;

/** A box that sends the visitor on: to the assessment, to a consultant. Never printed. */
export function CallToAction({ title, lead, href, label, tone, id, flush }: CallToActionProps) {
  const box = `no-print ${flush ? '' : 'mt-10 '}${BOX[tone]}`;
  const button = (
    <Link href={href} className={`${title ? 'mt-4 ' : ''}${BUTTON[tone]}`}>
      {label}
    </Link>
  );
  if (!title) return <p className={box}>{button}</p>;
  return (
    <section aria-labelledby={id} className={box}>
      <h2 id={id} className={HEADING[tone]}>
        {title}
      </h2>
      {lead && <p className={LEAD[tone]}>{lead}</p>}
      {button}
    </section>
  );
}
