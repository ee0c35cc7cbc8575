// The one connection of the process, on the libSQL driver adapter (local SQLite file by default, Turso/libSQL over
// the network when DATABASE_URL says so), without the lens span and the "database latency" switch: for the app's
// own bookkeeping that runs beside every request (the gateway's rate-limit counter, re-reading the failure
// switches, the class state), which would otherwise crowd the lens with spans no store asked for — and, for the
// switches, ask themselves whether to wait. The stores use its traced view, `prisma` (prisma-client.ts). Its own
// file so that the failure switches can read the database without importing the traced client, which asks them.
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@prisma/client";
import { databaseUrl } from "../database-url";
import { LocalFileLibSQL } from "./local-file-driver";
import { env } from "../../core/config/env";

const holder = globalThis as unknown as { __petStoreUntracedPrisma?: PrismaClient };

function createUntracedClient(): PrismaClient {
  const url = databaseUrl();
  const local = url.startsWith("file:");
  // The local file runs in WAL mode with a short busy_timeout: every connection the local-file driver opens is set
  // up so (local-file-driver.ts, decision 022; decision 013 had backed WAL out for a defect decision 019 found in the
  // driver).
  const adapter = local ? new LocalFileLibSQL({ url }) : new PrismaLibSQL({ url, authToken: env().DATABASE_AUTH_TOKEN });
  return new PrismaClient({ adapter });
}

// Reused across hot reloads and across route bundles that Next loads into one process.
export const untracedPrisma: PrismaClient = holder.__petStoreUntracedPrisma ?? createUntracedClient();
holder.__petStoreUntracedPrisma = untracedPrisma;
