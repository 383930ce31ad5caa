import { createMemoryCounter } from '@/lib/enquiries/rate-limit';
import type { StoreKind } from '@/lib/enquiries/testing/fixtures';
import { startSmtpSink } from '@/lib/enquiries/testing/receivers';
import type { EnquiryStore } from '@/lib/enquiries/store/store';
import { issueFormKey } from '@/lib/enquiries/form-key';
import { openWatch, type Watch } from '../service';

export const FORM_SECRET = 'watch tests: a form secret of at least thirty-two characters';
export const SITE_URL = 'https://compass.test';

/** A store of one kind with its subscriptions, an SMTP sink they send to, and a clean-up. */
export async function watchFixture(kind: StoreKind, env: Record<string, string> = {}) {
  const open = await kind.create();
  const stores: EnquiryStore[] = [];
  const openStore = async () => {
    const s = open();
    await s.migrate();
    stores.push(s);
    return s;
  };
  const smtp = await startSmtpSink();
  const fullEnv = {
    ENQUIRY_SMTP_URL: smtp.url,
    ENQUIRY_MAIL_TO: 'desk@consultancy.test',
    ENQUIRY_MAIL_FROM: 'alerts@compass.test',
    ENQUIRY_FORM_SECRET: FORM_SECRET,
    ENQUIRY_DELIVERY_TIMEOUT_MS: '5000',
    ...env,
  };
  const store = await openStore();
  const openWith = async (s: EnquiryStore, extra: Record<string, string> = {}) =>
    openWatch(s, { ...fullEnv, ...extra }, { counter: createMemoryCounter(), siteUrl: SITE_URL });
  const watch = await openWith(store);
  return {
    store,
    smtp,
    watch,
    /** Another server (or the command) on the same database. */
    another: async (extra: Record<string, string> = {}) => openWith(await openStore(), extra),
    formKey: (now: number = Date.now()) => issueFormKey(now, Buffer.from(FORM_SECRET)),
    close: async () => {
      await smtp.close();
      await Promise.all(stores.map((s) => s.close().catch(() => undefined)));
    },
  };
}

export type WatchFixture = Awaited<ReturnType<typeof watchFixture>>;
export type { Watch };
