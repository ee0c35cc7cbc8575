// The app's signing keys and the instructor key. None of them is in the source: each comes from its environment
// variable, else (embedded default only) from `<data folder>/secrets.json`, generated with random bytes on first
// start, readable by its owner only, and reused on every start after it so sessions survive a restart.
// A shared database without the variables is refused in core/config/env.ts: two machines would make two keys.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { env } from "../../core/config/env";
import { dataDir } from "../database-url";

const secretsFileSchema = z.object({
  sessionSecret: z.string().min(32),
  nextAuthSecret: z.string().min(32),
  baasTokenSecret: z.string().min(32),
  classKey: z.string().min(16),
  // The seeded admin account's password (issue: a published one let every student in as the store admin). Files
  // written before it existed lack it: it is added on the next start.
  adminPassword: z.string().min(12).optional(),
});

type SecretsFile = z.infer<typeof secretsFileSchema>;
export type AppSecrets = Omit<SecretsFile, "adminPassword">;

export const SECRETS_FILE_NAME = "secrets.json";

let cached: AppSecrets | undefined;

function randomSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function secretsFilePath(): string {
  return path.join(dataDir(), SECRETS_FILE_NAME);
}

function readSecretsFile(file: string): SecretsFile | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new Error(`The secrets file ${SECRETS_FILE_NAME} in the data folder cannot be read.`);
  }
  const parsed = secretsFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`The secrets file ${SECRETS_FILE_NAME} in the data folder is damaged: delete it to make new keys.`);
  return parsed.data;
}

/** Reads the generated secrets, making them first when there are none (`wx`: two processes starting at once agree). */
function loadOrCreateSecretsFile(): SecretsFile {
  const file = secretsFilePath();
  const existing = readSecretsFile(file);
  if (existing) return existing;
  mkdirSync(path.dirname(file), { recursive: true });
  const fresh: SecretsFile = {
    sessionSecret: randomSecret(),
    nextAuthSecret: randomSecret(),
    baasTokenSecret: randomSecret(),
    classKey: randomBytes(18).toString("base64url"),
    adminPassword: randomAdminPassword(),
  };
  try {
    writeFileSync(file, `${JSON.stringify(fresh, null, 2)}\n`, { flag: "wx", mode: 0o600 });
    chmodSync(file, 0o600);
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readSecretsFile(file)!;
    throw error;
  }
}

export function appSecrets(): AppSecrets {
  if (cached) return cached;
  const e = env();
  const fromEnv = {
    sessionSecret: e.SESSION_SECRET,
    nextAuthSecret: e.NEXTAUTH_SECRET,
    baasTokenSecret: e.BAAS_TOKEN_SECRET,
    classKey: e.CLASS_KEY,
  };
  const allSet = Object.values(fromEnv).every(Boolean);
  // env() already refused a shared database without all four variables, so the file is only ever the embedded default's.
  const file = allSet ? undefined : loadOrCreateSecretsFile();
  cached = {
    sessionSecret: fromEnv.sessionSecret ?? file!.sessionSecret,
    nextAuthSecret: fromEnv.nextAuthSecret ?? file!.nextAuthSecret,
    baasTokenSecret: fromEnv.baasTokenSecret ?? file!.baasTokenSecret,
    classKey: fromEnv.classKey ?? file!.classKey,
  };
  return cached;
}

/** 16 characters a person can read aloud and type (no 0/O, 1/l/I). */
function randomAdminPassword(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from(randomBytes(16), (b) => alphabet[b % alphabet.length]).join("");
}

let cachedAdminPassword: string | undefined;

/**
 * The seeded admin account's password: ADMIN_PASSWORD, else the data folder's secrets.json (a random one made on
 * the first start; added to an older file that lacks it, written beside it and renamed over it). Embedded default
 * only: a shared database has no demo accounts.
 */
export function adminPassword(): string {
  if (cachedAdminPassword) return cachedAdminPassword;
  const fromEnv = env().ADMIN_PASSWORD;
  if (fromEnv) return (cachedAdminPassword = fromEnv);
  const file = secretsFilePath();
  const current = loadOrCreateSecretsFile();
  if (current.adminPassword) return (cachedAdminPassword = current.adminPassword);
  const updated: SecretsFile = { ...current, adminPassword: randomAdminPassword() };
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify(updated, null, 2)}\n`, { mode: 0o600 });
  renameSync(partial, file);
  // Two processes upgrading the file at once: the one renamed last wins, and both read that one back.
  return (cachedAdminPassword = readSecretsFile(file)!.adminPassword!);
}

/** Tests only: forget the cached secrets (after changing DATA_DIR or the environment). */
export function resetAppSecretsForTests(): void {
  cached = undefined;
  cachedAdminPassword = undefined;
}
