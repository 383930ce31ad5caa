import { resultPreview } from '@/lib/og/result-preview';

type Context = { params: Promise<{ locale: string; code: string }> };

// A result's link preview (og:image), in its language, naming the verdict and the main items.
export async function GET(_request: Request, { params }: Context) {
  const { locale, code } = await params;
  return resultPreview(locale, code);
}
