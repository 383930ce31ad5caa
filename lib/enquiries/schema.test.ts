import { describe, expect, it } from 'vitest';
import { enquiryErrors, enquiryInputFromForm, type EnquiryInput } from './schema';

const VALID: EnquiryInput = {
  name: 'Anna Schmidt',
  company: 'Example GmbH',
  email: 'anna@example.de',
  phone: '',
  wechat: '',
  language: 'en',
  message: 'Hello',
  consent: true,
  includeResult: false,
};

describe('normalising what the visitor typed', () => {
  it('puts names and companies on one line, keeps the message’s line breaks and tabs', () => {
    const result = enquiryErrors({
      ...VALID,
      name: 'Anna\r\nE-mail: attacker@evil.example',
      company: 'Example\tGmbH\u2028Ltd',
      message: 'Line one\r\nLine two\rLine three\u2028\tindented',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.data.name).toBe('Anna E-mail: attacker@evil.example');
    expect(result.data.company).toBe('Example GmbH Ltd');
    expect(result.data.message).toBe('Line one\nLine two\nLine three\n\tindented');
  });
});

describe('the enquiry schema', () => {
  it.each<[string, Partial<EnquiryInput>, Record<string, string> | null]>([
    ['a complete enquiry', {}, null],
    ['a phone number alone', { email: '', phone: '+86 138 0000 0000' }, null],
    ['a WeChat ID alone', { email: '', wechat: 'anna_s-2026' }, null],
    ['no way to reach the visitor', { email: '', phone: ' ', wechat: '' }, { contact: 'contactRequired' }],
    ['a blank name', { name: '   ' }, { name: 'nameRequired' }],
    ['a malformed e-mail', { email: 'anna@' }, { email: 'emailInvalid' }],
    ['letters in the phone number', { phone: 'call me' }, { phone: 'phoneInvalid' }],
    ['spaces in the WeChat ID', { wechat: 'anna s' }, { wechat: 'wechatInvalid' }],
    ['an unknown reply language', { language: 'fr' }, { language: 'languageRequired' }],
    ['an empty message', { message: '' }, { message: 'messageRequired' }],
    ['a message over 5,000 characters', { message: 'x'.repeat(5001) }, { message: 'messageTooLong' }],
    ['no consent', { consent: false }, { consent: 'consentRequired' }],
    ['a NUL in the name', { name: 'Anna\u0000Schmidt' }, { name: 'nameControl' }],
    ['an escape character in the message', { message: 'Hello \u001b[31m' }, { message: 'messageControl' }],
    ['a backspace in the company', { company: 'Example\bGmbH' }, { company: 'companyControl' }],
    ['DEL in the WeChat ID', { email: '', wechat: 'anna\u007f' }, { wechat: 'wechatControl' }],
    ['an address with a display name', { email: 'victim<attacker@evil.example>' }, { email: 'emailInvalid' }],
    ['an address with a name before it', { email: 'victim<attacker@evil.example' }, { email: 'emailInvalid' }],
    ['two addresses', { email: 'a@example.com,b@example.com' }, { email: 'emailInvalid' }],
    [
      'several problems at once',
      { name: '', email: 'x', consent: false },
      { name: 'nameRequired', email: 'emailInvalid', consent: 'consentRequired' },
    ],
  ])('%s', (_, change, errors) => {
    const result = enquiryErrors({ ...VALID, ...change });
    if (errors === null) expect(result.ok).toBe(true);
    else expect(result).toEqual({ ok: false, errors });
  });

  it('trims what it keeps', () => {
    expect(enquiryErrors({ ...VALID, name: '  Anna  ', email: ' anna@example.de ' })).toMatchObject({
      ok: true,
      data: { name: 'Anna', email: 'anna@example.de' },
    });
  });

  it('reads a posted form (as sent without JavaScript) into the values the browser form validates', () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      name: 'Anna Schmidt',
      company: 'Example GmbH',
      email: 'anna@example.de',
      language: 'en',
      message: 'Hello',
      consent: 'on',
      extra: 'ignored',
    }))
      form.append(k, v);
    expect(enquiryInputFromForm(form)).toEqual({ ...VALID, phone: '', wechat: '' });
    form.append('includeResult', 'on');
    expect(enquiryInputFromForm(form).includeResult).toBe(true);
    // An unticked box is absent from the post: no consent.
    form.delete('consent');
    expect(enquiryErrors(enquiryInputFromForm(form))).toEqual({ ok: false, errors: { consent: 'consentRequired' } });
  });
});
