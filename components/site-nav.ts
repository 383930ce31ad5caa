import { menuItems } from '@/lib/pages';

/** The main navigation and the footer's links, from the page table: path after the locale and message key of the name. */
export const NAV_ITEMS = menuItems('main');
export const FOOTER_ITEMS = menuItems('footer');
