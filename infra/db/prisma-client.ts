// The one Prisma client the stores use: the process's one connection (untraced-prisma.ts) with every query made a
// database call (infra/db/database-call.ts: a lens span, the "database latency" switch). Shared by both
// architectures: one database.
import type { PrismaClient } from "@prisma/client";
import { databaseCall } from "./database-call";
import { untracedPrisma } from "./untraced-prisma";

const globalForPrisma = globalThis as unknown as { __petStorePrisma?: PrismaClient };

// A query extension rather than @prisma/instrumentation: no extra packages, and it also times the libSQL driver.
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

// Reused across hot reloads and across route bundles that Next loads into one process.
export const prisma: PrismaClient = globalForPrisma.__petStorePrisma ?? traceQueries(untracedPrisma);
globalForPrisma.__petStorePrisma = prisma;
