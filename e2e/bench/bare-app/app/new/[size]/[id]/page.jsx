// What a new page costs the framework alone, served as the site serves a result's short link
// (app/[locale]/result/[code]/page.tsx): rendered on the first request for an address, then kept in Next's cache.
// The bench asks for a fresh address every time, so each request is a render.
//   /new/short/<id>   twenty paragraphs, like the static page at /
//   /new/result/<id>  about as many elements (about 550) and classes as a result page
export const dynamicParams = true;
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

const PARAGRAPHS = Array.from({ length: 20 }, (_, i) => i + 1);
const SECTIONS = Array.from({ length: 26 }, (_, i) => i + 1);
const ITEMS = [1, 2, 3, 4, 5, 6];

function Short({ id }) {
  return PARAGRAPHS.map((n) => (
    <p key={n}>
      Paragraph {n} of {id}. An online service offered to users in mainland China may need a filing or a licence before it goes live,
      depending on who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical
      paragraph length, so that the page weighs what a short article does.
    </p>
  ));
}

function ResultSized({ id }) {
  return SECTIONS.map((s) => (
    <section key={s} aria-labelledby={`s${s}`} className="mt-6">
      <h2 id={`s${s}`} className="text-lg font-semibold text-slate-900">
        Section {s}
      </h2>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {ITEMS.map((i) => (
          <li key={i}>
            <a href={`#s${s}-${i}`} className="text-brand-800 underline">
              Item {i} of section {s} for {id}: what is needed, the reason and its source
            </a>
            <span className="text-sm text-slate-600"> (Article {i})</span>
          </li>
        ))}
      </ul>
    </section>
  ));
}

export default async function Page({ params }) {
  const { size, id } = await params;
  return (
    <main className="mx-auto max-w-3xl px-4">
      <h1 className="text-2xl font-bold">New page {id}</h1>
      {size === 'result' ? <ResultSized id={id} /> : <Short id={id} />}
    </main>
  );
}
