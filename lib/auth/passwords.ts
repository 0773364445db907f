import { randomInt } from "node:crypto";
import bcrypt from "bcryptjs";

/** bcrypt cost: ~100-250 ms on this class of machine, slow enough for offline guessing. */
const COST = 11;

export const MIN_PASSWORD_LENGTH = 10;
/** bcrypt only reads the first 72 bytes: longer passwords would be silently truncated. */
export const MAX_PASSWORD_BYTES = 72;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/**
 * A hash of a random password, compared against when the e-mail is unknown so an
 * unknown account costs the same time as a wrong password (no account probing by timing).
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(generatePassword());
  return decoyHash;
}

// No 0/O/1/l/I: one-time passwords are read aloud or copied by hand.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random password (default 16 characters, ~93 bits), grouped by 4 for reading. */
export function generatePassword(length = 16): string {
  let out = "";
  for (let i = 0; i < length; i++) {
    if (i > 0 && i % 4 === 0) out += "-";
    out += ALPHABET[randomInt(ALPHABET.length)];
  }
  return out;
}

/** Why a chosen password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): "tooShort" | "tooLong" | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "tooShort";
  if (Buffer.byteLength(password, "utf8") > MAX_PASSWORD_BYTES) return "tooLong";
  return null;
}
