// Prisma CLI configuration (only the CLI loads this file; the app builds its own client in infra/db).
// Prisma 6.19 + libSQL adapter: with an adapter configured the CLI never downloads a schema engine,
// which is what lets migrations run on a machine that reaches only the npm registry (docs/decisions/001).
import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import type { PrismaConfig } from "prisma";
import { databaseUrl } from "./infra/database-url";

// The WebAssembly schema engine arms 60 s timers that keep the CLI alive after it is done.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = originalSetTimeout(fn, ms, ...args);
  if ((ms ?? 0) >= 10_000) timer.unref?.();
  return timer;
}) as typeof setTimeout;

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaLibSQL({
      url: databaseUrl({ DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL }),
      authToken: process.env.DATABASE_AUTH_TOKEN,
    });
  },
} satisfies PrismaConfig;
