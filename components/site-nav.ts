/** The main navigation: message key under `nav` and path after the locale prefix. */
export const NAV_ITEMS = [
  { key: 'categories', path: '/categories' },
  { key: 'guides', path: '/guides' },
  { key: 'assessment', path: '/assessment' },
  { key: 'faq', path: '/faq' },
  { key: 'contact', path: '/contact' },
] as const satisfies readonly { key: string; path: string }[];

/** Extra links in the footer. */
export const FOOTER_ITEMS = [
  { key: 'guides', path: '/guides' },
  { key: 'faq', path: '/faq' },
  { key: 'glossary', path: '/glossary' },
  { key: 'assessment', path: '/assessment' },
  { key: 'about', path: '/about' },
] as const satisfies readonly { key: string; path: string }[];
