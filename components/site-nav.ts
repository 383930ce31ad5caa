/** The main navigation: message key under `nav` and path after the locale prefix. */
export const NAV_ITEMS = [
  { key: 'categories', path: '/categories' },
  { key: 'contact', path: '/contact' },
] as const satisfies readonly { key: string; path: string }[];
