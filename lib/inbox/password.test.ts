import { describe, expect, it } from 'vitest';
import { DECOY_HASH, hashPassword, verifyPassword } from './password';

describe('stored passwords', () => {
  it('are hashed at the stored cost (scrypt N = 2^15, r = 8, p = 3) and verified only by the right password', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await verifyPassword('correct horse battery', DECOY_HASH)).toBe(false);
    expect(await verifyPassword('anything', 'not a hash')).toBe(false);
  });
});
