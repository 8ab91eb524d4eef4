import { hash, verify } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";

// OWASP's argon2id baseline (m=19 MiB, t=2, p=1). `Algorithm` is a const enum,
// which isolatedModules cannot import: 2 is Algorithm.Argon2id.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the email is unknown keeps the timing of
// "no such user" and "wrong password" alike.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-for-timing");
  return dummyHash;
}

// No look-alike characters (0/O, 1/l/I), since admins read these out or copy them by hand.
const ONE_TIME_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const ONE_TIME_PASSWORD_LENGTH = 20;

/** A random password for a new account or a reset, shown to the admin once. */
export function generateOneTimePassword(): string {
  let password = "";
  // Rejection sampling keeps every character equally likely.
  while (password.length < ONE_TIME_PASSWORD_LENGTH) {
    for (const byte of randomBytes(32)) {
      if (byte < 256 - (256 % ONE_TIME_ALPHABET.length) && password.length < ONE_TIME_PASSWORD_LENGTH) {
        password += ONE_TIME_ALPHABET[byte % ONE_TIME_ALPHABET.length];
      }
    }
  }
  return password;
}
