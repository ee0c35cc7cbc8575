// The one Prisma client of the process, on the libSQL driver adapter (local SQLite file by default,
// Turso/libSQL over the network when DATABASE_URL says so). Shared by both architectures: one database.
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "@prisma/client";
import { databaseUrl } from "../database-url";

const globalForPrisma = globalThis as unknown as { __petStorePrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaLibSQL({ url: databaseUrl(), authToken: process.env.DATABASE_AUTH_TOKEN });
  return new PrismaClient({ adapter });
}

// Reused across hot reloads and across route bundles that Next loads into one process.
export const prisma: PrismaClient = globalForPrisma.__petStorePrisma ?? createClient();
globalForPrisma.__petStorePrisma = prisma;
