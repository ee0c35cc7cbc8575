// The one Prisma client of the process, on the libSQL driver adapter (local SQLite file by default,
// Turso/libSQL over the network when DATABASE_URL says so). Shared by both architectures: one database.
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@prisma/client";
import { databaseUrl } from "../database-url";
import { LocalFileLibSQL } from "./local-file-driver";
import { databaseCall } from "./database-call";
import { env } from "../../core/config/env";

const globalForPrisma = globalThis as unknown as { __petStorePrisma?: PrismaClient; __petStoreUntracedPrisma?: PrismaClient };

function createUntracedClient(): PrismaClient {
  const url = databaseUrl();
  const local = url.startsWith("file:");
  const adapter = local ? new LocalFileLibSQL({ url }) : new PrismaLibSQL({ url, authToken: env().DATABASE_AUTH_TOKEN });
  const client = new PrismaClient({ adapter });
  // The local file runs in WAL mode with a short busy_timeout: every connection the local-file driver opens is set
  // up so (local-file-driver.ts, decision 022; decision 013 had backed WAL out for a defect decision 019 found in the
  // driver).
  return client;
}

// Each query is a database call (infra/db/database-call.ts: a lens span, the "database latency" switch). A query
// extension rather than @prisma/instrumentation: no extra packages, and it also times the libSQL driver.
// The extended client has every method of PrismaClient; the cast only hides the extension's type.
function traceQueries(client: PrismaClient): PrismaClient {
  return client.$extends({
    query: {
      $allOperations({ model, operation, args, query }) {
        return databaseCall(model ? `${model}.${operation}` : operation, () => query(args));
      },
    },
  }) as unknown as PrismaClient;
}

/**
 * The same connection without the lens span and the "database latency" switch: for the app's own bookkeeping that
 * runs beside every request (the gateway's rate-limit counter, re-reading the failure switches), which would
 * otherwise crowd the lens with spans no store asked for — and, for the switches, ask themselves whether to wait.
 */
export const untracedPrisma: PrismaClient = globalForPrisma.__petStoreUntracedPrisma ?? createUntracedClient();
globalForPrisma.__petStoreUntracedPrisma = untracedPrisma;

// Reused across hot reloads and across route bundles that Next loads into one process.
export const prisma: PrismaClient = globalForPrisma.__petStorePrisma ?? traceQueries(untracedPrisma);
globalForPrisma.__petStorePrisma = prisma;
