import { describe, expect, it } from 'vitest';
import { LANGUAGE_TAGS, LOCALES } from '@/lib/i18n/routing';
import { loadMessages } from '@/lib/i18n/messages';
import { sampleMails } from '../testing/sample-mails';

// A message key that was not found comes out as its own path: none may reach a subscriber.
const KEY = /\b(watch|decision|assessment|ruleChanges|result|enquiry)\.[a-zA-Z]+(\.[a-zA-Z0-9-]+)*\b/;

describe.each(LOCALES)('every message in %s', (locale) => {
  it('is written in full, in text and HTML, with the links to stop it', async () => {
    const mails = await sampleMails(locale);
    for (const [name, mail] of Object.entries(mails)) {
      for (const part of [mail.subject, mail.text, mail.html]) expect(KEY.exec(part)?.[0], `${name}`).toBeUndefined();
      expect(mail.html, name).toContain(`lang="${LANGUAGE_TAGS[locale]}"`);
      if (name !== 'confirm' && name !== 'manage') {
        expect(mail.text, name).toContain(`/${locale}/watch/unsubscribe?t=`);
        expect(mail.text, name).toContain(`/${locale}/watch/manage?t=`);
      }
    }
  });

  it('says the verdict, what is needed, the next step, the deadlines and the sources in the result', async () => {
    const { 'result-clear': clear, 'result-blocked': blocked, 'result-old-version': old } = await sampleMails(locale);
    const en = locale === 'en';
    const { verdicts } = loadMessages(locale).assessment;
    expect(clear.text).toContain(`** ${verdicts.clear.label} **`);
    expect(clear.text).toContain(en ? 'EDI licence' : 'EDI');
    expect(clear.text).toContain(en ? 'Public-security filing by January 4, 2027' : '公安联网备案：2027年1月4日前');
    expect(clear.text).toContain(en ? 'Licence annual report by March 31, 2027' : '许可证年报：2027年3月31日前');
    expect(clear.text).toMatch(/https:\/\/www\.miit\.gov\.cn\//);
    expect(clear.html).toContain('#047857');
    expect(blocked.text).toContain(`** ${verdicts.blocked.label} **`);
    expect(blocked.html).toContain('#b91c1c');
    // A result issued under older rules says what the current ones change, as its page's banner does.
    expect(old.text).toContain(en ? 'Would be added' : '将会新增');
  });
});
