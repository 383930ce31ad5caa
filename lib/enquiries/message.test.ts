import { describe, expect, it } from 'vitest';
import type { Classification } from '@/lib/assessment';
import { emailMessage, outcomesOf, replyToOf, webhookPayload } from './message';
import { sampleClassification, sampleEnquiry } from './testing/fixtures';
import type { StoredEnquiry } from './types';

function stored(overrides: Partial<StoredEnquiry> = {}): StoredEnquiry {
  const at = new Date('2026-11-01T10:00:00Z');
  return { ...sampleEnquiry(), id: 'id-1', reference: 'E-AAAA-BBBB', createdAt: at, consentAt: at, ...overrides };
}

describe('an enquiry says the classification it was sent with', () => {
  it('lists the stored outcome ids in the e-mail and the webhook', () => {
    const enquiry = stored();
    const expected = {
      obligations: ['icp-filing', 'psb-filing', 'app-filing', 'icp-licence', 'edi-licence'],
      greyAreas: ['saas-classification'],
      findings: ['foreign-cap-exceeded', 'capital-threshold'],
    };
    expect(outcomesOf(enquiry)).toEqual(expected);
    const { text } = emailMessage(enquiry);
    expect(text).toContain(`Obligations: ${expected.obligations.join(', ')}`);
    expect(text).toContain('Grey areas: saas-classification');
    expect(text).toContain('Findings: foreign-cap-exceeded, capital-threshold');
    expect(webhookPayload(enquiry).result?.outcomes).toEqual(expected);
  });

  it('never re-classifies the answers under the current rules', () => {
    // What was stored differs from what today's rules make of the same answers: the stored one is sent.
    const then: Classification = { ...sampleClassification(), version: '0', obligations: [], greyAreas: [], findings: [] };
    const enquiry = stored({ result: { ...sampleEnquiry().result!, rulesetVersion: '0', classification: then } });
    const { text } = emailMessage(enquiry);
    expect(text).toContain('Assessment result (ruleset 0)');
    expect(text).toContain('Obligations: none');
    expect(text).toContain('Grey areas: none');
    expect(webhookPayload(enquiry).result?.outcomes).toEqual({ obligations: [], greyAreas: [], findings: [] });
  });

  it('leaves the outcome lines out when no classification was stored', () => {
    const enquiry = stored({ result: { ...sampleEnquiry().result!, classification: null } });
    expect(outcomesOf(enquiry)).toBeNull();
    expect(emailMessage(enquiry).text).not.toContain('Obligations:');
    expect(emailMessage(stored({ result: null })).text).toContain('No assessment result was attached.');
  });
});

describe('the staff e-mail cannot be forged from the form', () => {
  it('keeps every field on its labelled line and quotes the message', () => {
    const { text, subject } = emailMessage(
      stored({ name: 'Anna\nE-mail: attacker@evil.example', company: 'Acme\r\nPhone: +1 555', message: 'Hi\nE-mail: other@evil.example' }),
    );
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('E-mail:'))).toEqual(['E-mail: li.wei@example.com']);
    expect(lines.filter((l) => l.startsWith('Phone:'))).toEqual(['Phone: -']);
    expect(lines).toContain('Name: Anna E-mail: attacker@evil.example');
    expect(lines).toContain('> E-mail: other@evil.example');
    expect(subject).not.toMatch(/[\r\n]/);
  });

  it('sets the Reply-To only from an address that is exactly one mailbox', () => {
    expect(replyToOf('li.wei@example.com')).toBe('li.wei@example.com');
    expect(replyToOf(' li.wei@example.com ')).toBe('li.wei@example.com');
    for (const bad of [
      'victim<attacker@evil.example>',
      'victim<attacker@evil.example',
      'a@example.com, b@example.com',
      '"x" <y@example.com>',
      'a@b@c',
      '',
      'not an address',
    ])
      expect(replyToOf(bad), bad).toBeUndefined();
  });
});
