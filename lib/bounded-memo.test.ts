import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo';

describe('boundedMemo', () => {
  it('computes each key once and forgets the oldest beyond the limit', () => {
    const calls: string[] = [];
    const upper = boundedMemo(2, (key) => (calls.push(key), key.toUpperCase()));
    expect([upper('a'), upper('a'), upper('b'), upper('c'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'C', 'B', 'A']);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
