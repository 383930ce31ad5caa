// Renders the site's raster images into public/ with Debian's Chromium: the default link-preview image
// (og-default.png, 1200×630, the site's name and question in every locale), the Apple touch icon and favicon.ico,
// all from public/icon.svg and the locale messages. The results are committed, so a build needs no browser.
// Run after changing the icon or the site's name: `npm run static-images`.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { LANGUAGE_TAGS, LOCALES } from '../lib/i18n/routing';
import { loadMessages } from '../lib/i18n/messages';

const PUBLIC = path.resolve(import.meta.dirname, '..', 'public');
const BRAND = '#175a6d';
const icon = fs.readFileSync(path.join(PUBLIC, 'icon.svg'), 'utf8');
const iconData = `data:image/svg+xml;base64,${Buffer.from(icon).toString('base64')}`;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The link-preview card: the icon, then each locale's site name and home-page question. */
function previewHtml(): string {
  const blocks = LOCALES.map((locale) => {
    const messages = loadMessages(locale);
    return `<div lang="${LANGUAGE_TAGS[locale]}"><h1>${escape(messages.meta.siteName)}</h1><p>${escape(messages.home.title)}</p></div>`;
  }).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: 1200px; height: 630px; }
    body { box-sizing: border-box; padding: 64px 80px; background: ${BRAND}; color: #fff; display: flex; flex-direction: column;
      justify-content: center; gap: 36px; font-family: 'Noto Sans CJK SC', 'Noto Sans', sans-serif; }
    img { width: 112px; height: 112px; border-radius: 20px; box-shadow: 0 0 0 3px rgba(255,255,255,.35); }
    h1 { margin: 0; font-size: 64px; line-height: 1.15; font-weight: 700; }
    p { margin: 8px 0 0; font-size: 30px; line-height: 1.35; color: #d7ecf1; }
  </style></head><body><img src="${iconData}" alt="">${blocks}</body></html>`;
}

/** The icon alone on a square of the brand colour (touch icons have no transparency), `size` pixels wide. */
function iconHtml(size: number, padding: number): string {
  return `<!doctype html><html><head><style>html, body { margin: 0; width: ${size}px; height: ${size}px; background: ${BRAND}; }
    img { display: block; box-sizing: border-box; width: ${size}px; height: ${size}px; padding: ${padding}px; }</style></head>
    <body><img src="${iconData}" alt=""></body></html>`;
}

/** An .ico file holding PNG images (supported by every browser since Windows Vista's format change). */
function ico(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const render = async (html: string, width: number, height: number, omitBackground = false) => {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const png = await page.screenshot({ type: 'png', omitBackground });
    await page.close();
    return png;
  };
  fs.writeFileSync(path.join(PUBLIC, 'og-default.png'), await render(previewHtml(), 1200, 630));
  fs.writeFileSync(path.join(PUBLIC, 'apple-touch-icon.png'), await render(iconHtml(180, 0), 180, 180));
  const favicons = [];
  for (const size of [16, 32, 48]) {
    // The SVG's own rounded square, on transparency: the tab's colour shows in the corners.
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${iconData}" style="display:block;width:${size}px;height:${size}px"></body></html>`,
    );
    favicons.push({ size, data: await page.screenshot({ type: 'png', omitBackground: true }) });
    await page.close();
  }
  fs.writeFileSync(path.join(PUBLIC, 'favicon.ico'), ico(favicons));
  console.log(`Wrote og-default.png, apple-touch-icon.png and favicon.ico (${favicons.map((f) => f.size).join(', ')} px) to public/`);
} finally {
  await browser.close();
}
