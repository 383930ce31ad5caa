import { describe, expect, it } from 'vitest';
import { isPlaceholderAddress } from './site-address';

describe('placeholder addresses', () => {
  it('are the local and reserved example hosts, and anything that is not an address', () => {
    for (const url of [
      'http://localhost:3000',
      'http://127.0.0.1',
      'https://app.localhost',
      'https://example.com',
      'https://icp.example.com',
      'nonsense',
    ])
      expect(isPlaceholderAddress(url), url).toBe(true);
    for (const url of ['https://icp-compass.cn', 'https://www.consultancy.com.cn']) expect(isPlaceholderAddress(url), url).toBe(false);
  });
});
