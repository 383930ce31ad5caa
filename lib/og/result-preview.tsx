import { ImageResponse } from 'next/og';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/lib/i18n/messages';
import { isLocale } from '@/lib/i18n/routing';
import { resolveResultCode, type ResultView } from '@/lib/views/result';
import { cjkFonts } from './cjk-font';
import { verdictWhy } from '@/lib/views/verdict-text';
import { verdictOfResult } from '@/lib/views/decision';
import type { Translator } from '@/lib/i18n/plain-translator';

const COLOURS = { clear: '#047857', unsettled: '#b45309', blocked: '#b91c1c' } as const;

/**
 * The words of a result's preview, in the result's language: the verdict by its one name, why in one sentence (so a
 * blocked result never reads as if the permits listed were impossible), and the main items under their own heading.
 */
export function previewText(localeParam: string, code: string) {
  if (!isLocale(localeParam)) return null;
  const view = resolveResultCode(localeParam, code);
  if (view.kind !== 'result') return null;
  return previewOf(view, createTranslator({ locale: localeParam, messages: loadMessages(localeParam) }) as unknown as Translator);
}

/** `previewText` of a result already read, in the translator's language (the result page's metadata: its own reading). */
export function previewOf(view: ResultView, t: Translator) {
  const verdict = verdictOfResult(view.answers, view.classification);
  const items = view.classification.obligations.slice(0, 4).map((o) => t(`assessment.obligations.${o.id}.label`));
  return {
    verdict: verdict.id,
    site: t('meta.siteName'),
    label: t('decision.verdictLabel'),
    title: t(`assessment.verdicts.${verdict.id}.label`),
    why: verdictWhy(t, verdict),
    itemsTitle: t(verdict.id === 'blocked' ? 'decision.glanceTitleBlocked' : 'decision.glanceTitle'),
    items: items.length > 0 ? items : [t('decision.og.none')],
    more: view.classification.obligations.length > 4 ? `+${view.classification.obligations.length - 4}` : '',
    code: view.code,
  };
}

/** The og:image of `/<locale>/result/<code>`: drawn on the server, with fonts from node_modules, cached like the page. */
export function resultPreview(localeParam: string, code: string): Response {
  const text = previewText(localeParam, code);
  if (!text) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const all = [text.site, text.label, text.title, text.why, text.itemsTitle, ...text.items, text.more, text.code].join('');
  const image = new ImageResponse(
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        height: '100%',
        background: '#ffffff',
        padding: 56,
        fontFamily: 'Noto Sans SC',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: '#1e3a8a' }}>{text.site}</div>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          marginTop: 28,
          borderLeft: `16px solid ${COLOURS[text.verdict]}`,
          paddingLeft: 28,
        }}
      >
        <div style={{ display: 'flex', fontSize: 26, fontWeight: 400, color: '#475569' }}>{text.label}</div>
        <div style={{ display: 'flex', fontSize: 52, fontWeight: 700, color: '#0f172a' }}>{text.title}</div>
        <div style={{ display: 'flex', marginTop: 8, fontSize: 28, fontWeight: 400, color: '#334155' }}>{text.why}</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', marginTop: 28, fontSize: 30, color: '#334155' }}>
        <div style={{ display: 'flex', fontSize: 26, fontWeight: 700, color: '#0f172a' }}>{text.itemsTitle}</div>
        {text.items.map((item) => (
          <div key={item} style={{ display: 'flex' }}>
            {`• ${item}`}
          </div>
        ))}
        {text.more && <div style={{ display: 'flex' }}>{text.more}</div>}
      </div>
      <div style={{ display: 'flex', marginTop: 'auto', fontSize: 22, color: '#64748b' }}>{text.code}</div>
    </div>,
    { width: 1200, height: 630, fonts: [...cjkFonts(all, 700), ...cjkFonts(all, 400)] },
  );
  image.headers.set('Cache-Control', 'public, max-age=3600, s-maxage=86400');
  return image;
}
