import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../../common/schemas/auth.ts';

// argon2id (the library's default algorithm) with OWASP's minimum: 19 MiB, 2 passes, 1 lane.
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

const COMMON = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export const hashPassword = (password: string) => hash(password, ARGON2);

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  // Without a hash (unknown or invited account) a dummy verification keeps the timing equal.
  const target = storedHash ?? (await dummyHash);
  try {
    const ok = await verify(target, password);
    return storedHash !== null && ok;
  } catch {
    return false;
  }
}
const dummyHash = hash('passend-timing-equaliser', ARGON2);

/** NIST SP 800-63B: a length floor, no composition rules, and no known-common passwords. */
export function isAcceptablePassword(password: string, email?: string): boolean {
  // Characters as people count them (code points), not UTF-16 units: four emoji are four.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) return false;
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return false;
  if (email && (lower === email.toLowerCase() || lower === email.split('@')[0]?.toLowerCase())) return false;
  return true;
}
