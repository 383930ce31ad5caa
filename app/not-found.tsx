import { Link } from '@/components/link';

// Reached only for paths outside any locale (the proxy sends the rest to /en or /zh).
export default function RootNotFound() {
  return (
    <html lang="en">
      <body className="bg-white font-sans text-slate-900">
        <main className="mx-auto max-w-2xl px-4 py-16">
          <h1 className="text-3xl font-bold">Page not found · 页面不存在</h1>
          <p className="mt-4">
            <Link href="/en" className="text-brand-700 underline">
              English home page
            </Link>
            {' · '}
            <Link href="/zh" lang="zh-CN" className="text-brand-700 underline">
              中文首页
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
