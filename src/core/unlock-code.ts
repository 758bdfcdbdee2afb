/**
 * Entry path. The person's own unlock code: what a new code must be, and how
 * it is kept (a salted PBKDF2-SHA-256 hash, never the digits). No default
 * code exists. Pure apart from WebCrypto's arithmetic: no DOM, no I/O.
 */

/** Digits in a code: enough not to be guessed at a glance, few enough to remember. */
export const CODE_MIN_DIGITS = 4;
export const CODE_MAX_DIGITS = 8;

/**
 * PBKDF2 rounds: a guess costs a phone about a tenth of a second, so trying
 * every 4-digit code takes minutes, not a blink. Kept with each hash, so it
 * can grow without breaking saved codes.
 */
export const CODE_HASH_ITERATIONS = 100_000;

/** Bytes of random salt per saved code. */
export const CODE_SALT_BYTES = 16;

/** What a saved code is: the salt, the hash and the rounds that made it. */
export interface CodeLock {
  salt: Uint8Array;
  hash: Uint8Array;
  iterations: number;
}

/** Why a new code was refused. */
export type NewCodeProblem = 'invalid' | 'simple' | 'mismatch';

// Typeable on every cover: the calculator drops a leading 0 ("0123" shows as 123).
const CODE_SHAPE = new RegExp(`^[1-9][0-9]{${CODE_MIN_DIGITS - 1},${CODE_MAX_DIGITS - 1}}$`);

/** True when `typed` has the shape of a code, so it is worth hashing to compare. */
export function couldBeCode(typed: string): boolean {
  return CODE_SHAPE.test(typed);
}

/** True for a code anyone would try first: one digit repeated, or a run (1234, 9876). */
export function isSimpleCode(code: string): boolean {
  const digits = [...code].map(Number);
  const steps = digits.slice(1).map((digit, index) => digit - (digits[index] ?? 0));
  return [0, 1, -1].some((step) => steps.every((each) => each === step));
}

/**
 * Checks a new code typed twice: the code, or why it can't be one. The shape
 * is checked before the match, so the person fixes one thing at a time.
 */
export function checkNewCode(
  first: string,
  second: string,
): { code: string } | { problem: NewCodeProblem } {
  const code = first.trim();
  if (!couldBeCode(code)) return { problem: 'invalid' };
  if (isSimpleCode(code)) return { problem: 'simple' };
  if (second.trim() !== code) return { problem: 'mismatch' };
  return { code };
}

async function derive(code: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(code),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

/** The lock to keep for `code` with this `salt` (random, from the caller). */
export async function lockFor(
  code: string,
  salt: Uint8Array,
  iterations: number = CODE_HASH_ITERATIONS,
): Promise<CodeLock> {
  return { salt, hash: await derive(code, salt, iterations), iterations };
}

/** True when `typed` is the code `lock` was made from. Never throws. */
export async function opensLock(typed: string, lock: CodeLock): Promise<boolean> {
  if (!couldBeCode(typed)) return false;
  try {
    const hash = await derive(typed, lock.salt, lock.iterations);
    // Every byte compared, whatever the first difference: no timing to learn from.
    let difference = hash.length ^ lock.hash.length;
    hash.forEach((byte, index) => {
      difference |= byte ^ (lock.hash[index] ?? 0);
    });
    return difference === 0;
  } catch {
    return false;
  }
}
