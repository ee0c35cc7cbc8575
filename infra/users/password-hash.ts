// Password hashing with Argon2id (@node-rs/argon2: a vetted implementation shipped prebuilt on npm).
import { hash, verify } from "@node-rs/argon2";

// OWASP's minimum Argon2id profile (19 MiB, 2 passes): strong, yet fast enough for a 2-core demo box.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

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

// Compared against when the email is unknown, so a wrong email costs as much time as a wrong password.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-just-for-timing");
  return dummyHash;
}
