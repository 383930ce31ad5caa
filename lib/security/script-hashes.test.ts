import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './script-hashes';

const sha = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe('inlineScriptHashes', () => {
  it('hashes inline scripts exactly as written, once each', () => {
    const html = '<script>self.__next_f.push([0])</script><p>x</p><script id="_R_">a()</script><script>self.__next_f.push([0])</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([0])'), sha('a()')]);
  });

  it('keeps whitespace and entities: the browser hashes the raw text', () => {
    expect(inlineScriptHashes('<script>\n x &amp; y </script>')).toEqual([sha('\n x &amp; y ')]);
  });

  it('leaves out external scripts and data blocks, keeps modules', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"FAQPage"}</script>',
      '<script type="module">m()</script>',
      "<script type='text/javascript'>j()</script>",
      '<SCRIPT>upper()</SCRIPT>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([sha('m()'), sha('j()'), sha('upper()')]);
  });

  it('finds nothing in a page without scripts', () => {
    expect(inlineScriptHashes('<!doctype html><p>no scripts</p>')).toEqual([]);
  });
});
