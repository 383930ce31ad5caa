import QRCode from 'qrcode';

/** A QR code of `text` as an SVG element, drawn on the server (no script reaches the browser). */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  // An accessible name, and no XML prolog or fixed size: the element is inlined into the page.
  return svg
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace('<svg ', `<svg role="img" aria-label="${label.replace(/[<>&"]/g, '')}" width="112" height="112" `);
}
