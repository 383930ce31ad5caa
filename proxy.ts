import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

// Sends `/` and unprefixed paths to the visitor's preferred locale (Accept-Language, English otherwise).
export default createMiddleware(routing);

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
