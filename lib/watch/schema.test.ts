import { describe, expect, it } from 'vitest';
import { checkWatchInput } from './schema';
import { unavailability, watchConfig } from './config';

describe('the subscribe form’s input', () => {
  it('takes an address and optional calendar days', () => {
    expect(checkWatchInput({ email: ' li@example.com ', launch: '', granted: '2027-02-28' })).toEqual({
      ok: true,
      data: { email: 'li@example.com', launch: null, granted: '2027-02-28' },
    });
  });

  it('names each field’s first problem', () => {
    expect(checkWatchInput({ email: '', launch: '2027-02-29', granted: '2101-01-01' })).toEqual({
      ok: false,
      errors: { email: 'emailRequired', launch: 'dateInvalid', granted: 'dateRange' },
    });
    expect(checkWatchInput({ email: 'Li <li@example.com>', launch: 'tomorrow', granted: '' })).toMatchObject({
      errors: { email: 'emailInvalid', launch: 'dateInvalid' },
    });
    expect(checkWatchInput({ email: 'li@exa\u0000mple.com', launch: '', granted: '' })).toMatchObject({
      errors: { email: 'emailControl' },
    });
    expect(checkWatchInput({ email: `${'a'.repeat(250)}@x.cn`, launch: '', granted: '' })).toMatchObject({ errors: { email: 'tooLong' } });
  });
});

describe('whether the site takes subscriptions', () => {
  const mail = watchConfig({ ENQUIRY_SMTP_URL: 'smtp://127.0.0.1:2525', ENQUIRY_MAIL_TO: 'desk@consultancy.test' });
  it('only with SMTP and a public address', () => {
    expect(unavailability(mail, 'https://compass.test')).toBeNull();
    expect(unavailability(watchConfig({}), 'https://compass.test')).toBe('no-mail');
    for (const placeholder of ['http://localhost:3000', 'https://example.com', 'http://127.0.0.1:3100', 'https://site.example'])
      expect(unavailability(mail, placeholder)).toBe('placeholder-address');
  });

  it('reads its settings, and names a malformed one', () => {
    expect(mail).toMatchObject({
      mail: { from: 'desk@consultancy.test' },
      confirmDays: 3,
      limits: { email: { max: 3 }, client: { max: 5 } },
    });
    expect(() => watchConfig({ WATCH_CONFIRM_DAYS: 'soon' })).toThrow(/WATCH_CONFIRM_DAYS/);
    expect(() => watchConfig({ WATCH_LINK_SECRET: 'short' })).toThrow(/WATCH_LINK_SECRET/);
  });
});
