import type { MetadataRoute } from 'next';
import { getSite } from '@/lib/content/site';

export default function robots(): MetadataRoute.Robots {
  const { siteUrl } = getSite();
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/'] },
    sitemap: `${siteUrl}/sitemap.xml`,
  };
}
