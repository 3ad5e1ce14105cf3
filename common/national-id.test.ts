import { describe, expect, it } from 'vitest';
import { isValidBsn, isValidNationalId, isValidRijksregisternummer, normaliseNationalId } from './national-id.ts';

describe('isValidRijksregisternummer', () => {
  it.each([
    // born in the 1900s: 97 − (850730033 mod 97) = 28
    ['85073003328', true],
    ['85.07.30-033.28', true],
    ['85 07 30 033 28', true],
    // born from 2000: the check is over 2 followed by the 9 digits: 97 − (2170101001 mod 97) = 71
    ['17010100171', true],
    ['17.01.01-001.71', true],
    // the same digits checked the pre-2000 way would need 97 − (170101001 mod 97) = 42
    ['17010100142', true],
    ['85073003329', false],
    ['85073003327', false],
    ['17010100170', false],
    ['8507300332', false],
    ['850730033280', false],
    ['8507300332a', false],
    ['85/07/30-033.28', false],
    ['', false],
  ])('%s → %s', (input, valid) => {
    expect(isValidRijksregisternummer(input)).toBe(valid);
  });
});

describe('isValidBsn', () => {
  it.each([
    // 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 1·3 = 66 = 6 × 11
    ['111222333', true],
    ['123456782', true],
    ['1234.56.782', true],
    ['123456781', false],
    ['123456783', false],
    ['12345678', false],
    ['1234567820', false],
    ['000000000', false],
    ['12345678x', false],
    ['', false],
  ])('%s → %s', (input, valid) => {
    expect(isValidBsn(input)).toBe(valid);
  });
});

describe('isValidNationalId', () => {
  it('checks each kind with its own checksum', () => {
    expect(isValidNationalId('be_rrn', '85073003328')).toBe(true);
    expect(isValidNationalId('nl_bsn', '85073003328')).toBe(false);
    expect(isValidNationalId('nl_bsn', '123456782')).toBe(true);
    expect(isValidNationalId('be_rrn', '123456782')).toBe(false);
  });
});

describe('normaliseNationalId', () => {
  it.each([
    ['85.07.30-033.28', '85073003328'],
    [' 1234 56 782 ', '123456782'],
    ['12/34', undefined],
  ])('%s → %s', (input, out) => {
    expect(normaliseNationalId(input)).toBe(out);
  });
});
