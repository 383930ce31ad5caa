import { describe, expect, it } from 'vitest';
import { escapeHtml, renderMail } from './frame';

const frame = (blocks: Parameters<typeof renderMail>[0]['blocks']) =>
  renderMail({ locale: 'en', siteName: 'Compass <b>', subject: 'S & <i>', blocks, footer: [], colon: ':' });

describe('an e-mail', () => {
  it('escapes every text in its HTML, and carries nothing from elsewhere', () => {
    const mail = frame([
      { kind: 'paragraph', text: '<script>alert(1)</script> & "quotes"' },
      { kind: 'callout', tone: 'blocked', title: '<b>', lines: ['<i>'] },
      { kind: 'links', items: [{ title: '<x>', url: 'https://gov.cn/a?b=1&c=2' }] },
    ]);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(mail.html).toContain('href="https://gov.cn/a?b=1&amp;c=2"');
    expect(mail.html).toContain('<title>S &amp; &lt;i&gt;</title>');
    expect(mail.html).not.toMatch(/<img|<link|<script|@import|url\(|src=/i);
    expect(mail.text).toContain('<script>alert(1)</script> & "quotes"');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('takes only http(s) links, percent-encoded', () => {
    expect(() => frame([{ kind: 'link', label: 'x', url: 'javascript:alert(1)' }])).toThrow();
    expect(() => frame([{ kind: 'button', label: 'x', url: 'https://a.test/"onmouseover="x' }])).toThrow();
    expect(frame([{ kind: 'link', label: 'Doc', url: 'https://github.com/x/域名.md' }]).text).toContain(
      'Doc:\nhttps://github.com/x/%E5%9F%9F%E5%90%8D.md',
    );
  });

  it('underlines a heading of plain text to its width, Chinese characters counting two columns', () => {
    const zh = renderMail({
      locale: 'zh',
      siteName: '站',
      subject: 's',
      blocks: [{ kind: 'heading', text: '依据' }],
      footer: [],
      colon: '：',
    });
    expect(zh.text).toContain('依据\n----\n');
    expect(zh.html).toContain('<html lang="zh-CN">');
  });
});
