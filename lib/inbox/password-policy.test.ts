import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

const EMAIL = 'desk@consultancy.test';

describe('a new staff password', () => {
  it.each([
    ['password1234', 'common'],
    ['Password1234', 'common'],
    ['qwertyuiop12', 'common'],
    ['iloveyou2026!!', 'common'],
    ['  football   2026 ', 'common'],
    [' '.repeat(12), 'whitespace'],
    ['\t\t\t\t\t\t\t\t\t\t\t\t', 'whitespace'],
    ['short one', 'tooShort'],
    ['', 'tooShort'],
    ['x'.repeat(257), 'tooLong'],
    [EMAIL, 'containsEmail'],
    [`my ${EMAIL.toUpperCase()} 1`, 'containsEmail'],
    ['desk-password-2026', 'containsEmail'],
    ['abababababababab', 'repetitive'],
  ])('%j is refused (%s)', async (password, problem) => {
    expect(await passwordProblem(password, EMAIL)).toBe(problem);
  });

  it.each(['correct horse battery staple', 'Tea kettle at 6 in Xiamen', '我们的办公室在北京朝阳区的示例大厦'])(
    '%j will do',
    async (password) => {
      expect(await passwordProblem(password, EMAIL)).toBeNull();
    },
  );
});
