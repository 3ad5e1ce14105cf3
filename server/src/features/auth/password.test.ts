import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../../common/schemas/auth.ts';
import { hashPassword, isAcceptablePassword, verifyPassword } from './password.ts';

describe('isAcceptablePassword', () => {
  it('uses a floor of 8 characters', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(8);
  });

  it.each([
    ['', false, 'empty'],
    ['kx7#mq2', false, '7 characters'],
    ['kx7#mq2z', true, 'exactly 8 uncommon characters'],
    ['password1', false, 'common'],
    ['PASSWORD1', false, 'common, upper case'],
    ['PassWord1', false, 'common, mixed case'],
    ['12345678', false, 'common digits'],
    ['iloveyou', false, 'common'],
    ['QwertyUiop', false, 'common keyboard walk, mixed case'],
    ['welkom01', false, 'common Dutch'],
    ['correct horse battery staple on a tuesday', true, 'long passphrase'],
    ['lange zin met spaties en een 🐘 erin', true, 'passphrase with spaces and emoji'],
    ['a'.repeat(PASSWORD_MAX_LENGTH), true, 'the longest allowed'],
    ['a'.repeat(PASSWORD_MAX_LENGTH + 1), false, 'longer than the maximum'],
  ])('%j → %s (%s)', (password, expected) => {
    expect(isAcceptablePassword(password)).toBe(expected);
  });

  it.each([
    ['jonas.peeters@example.be', 'jonas.peeters@example.be'],
    ['JONAS.PEETERS@example.be', 'jonas.peeters@example.be'],
    ['jonas.peeters@example.be', 'Jonas.Peeters@Example.be'],
    ['jonaspeeters', 'jonaspeeters@example.be'],
  ])('refuses %j for the account %j', (password, email) => {
    expect(isAcceptablePassword(password, email)).toBe(false);
    expect(isAcceptablePassword(password)).toBe(true);
  });

  it('accepts a good password whatever the email', () => {
    expect(isAcceptablePassword('kx7#mq2z-bloem', 'jonas@example.be')).toBe(true);
  });
});

describe('hashPassword / verifyPassword', () => {
  it('verifies the right password only, and never without a stored hash', async () => {
    const stored = await hashPassword('kx7#mq2z-bloem');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, 'kx7#mq2z-bloem')).toBe(true);
    expect(await verifyPassword(stored, 'kx7#mq2z-bloeM')).toBe(false);
    expect(await verifyPassword(null, 'kx7#mq2z-bloem')).toBe(false);
    expect(await verifyPassword('not a hash', 'kx7#mq2z-bloem')).toBe(false);
  });
});

describe('password length counts characters, not UTF-16 units', () => {
  it('refuses four emoji (8 UTF-16 units) and accepts eight', () => {
    expect(isAcceptablePassword('🦊🐢🦉🐝')).toBe(false);
    expect(isAcceptablePassword('🦊🐢🦉🐝🦊🐢🦉🐝')).toBe(true);
  });
});
