/**
 * National identification numbers, each checked with its own checksum. Both are optional in
 * a dossier; when given they must be valid. Input may carry the usual separators
 * (`85.07.30-033.28`, `1234.56.782`); `normaliseNationalId` keeps the digits only.
 */

export const NATIONAL_ID_KINDS = ['be_rrn', 'nl_bsn'] as const;
export type NationalIdKind = (typeof NATIONAL_ID_KINDS)[number];

/** Digits only, or undefined when anything but digits, spaces, dots and dashes was given. */
export function normaliseNationalId(input: string): string | undefined {
  if (!/^[\d .-]+$/.test(input)) return undefined;
  return input.replace(/[ .-]/g, '');
}

/**
 * Belgian rijksregisternummer: 11 digits, the last two are 97 − (the first 9 mod 97). For
 * people born from 2000 the check is computed over "2" followed by the first 9 digits.
 */
export function isValidRijksregisternummer(input: string): boolean {
  const digits = normaliseNationalId(input);
  if (digits?.length !== 11) return false;
  const base = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  return check === mod97Check(BigInt(base)) || check === mod97Check(BigInt(`2${base}`));
}

const mod97Check = (n: bigint) => 97 - Number(n % 97n);

/**
 * Dutch burgerservicenummer: 9 digits passing the "elfproef", digits weighted 9, 8, … 2 and
 * the last −1, the sum a multiple of 11. The all-zero number passes the sum but is no BSN.
 */
export function isValidBsn(input: string): boolean {
  const digits = normaliseNationalId(input);
  if (digits?.length !== 9 || /^0+$/.test(digits)) return false;
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0;
}

export function isValidNationalId(kind: NationalIdKind, input: string): boolean {
  return kind === 'be_rrn' ? isValidRijksregisternummer(input) : isValidBsn(input);
}
