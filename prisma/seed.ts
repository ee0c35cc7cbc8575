// `npm run seed [-- --pets N] [--reset]`: fills the database (see prisma/seed/run-seed.ts for what and why).
// Run `npx prisma migrate deploy` first; `npm start` does both.
import { parseArgs } from "node:util";
import { z } from "zod";
import { prisma } from "../infra/db/prisma-client";
import { getStorage } from "../infra/storage/get-storage";
import { databaseUrl } from "../infra/database-url";
import { runSeed } from "./seed/run-seed";

const argsSchema = z.object({
  pets: z.coerce.number().int().min(1).max(2_000_000).optional(),
  reset: z.boolean().default(false),
});

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { pets: { type: "string" }, reset: { type: "boolean" } },
    strict: true,
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(`Usage: npm run seed -- [--pets N] [--reset]\n${z.prettifyError(parsed.error)}`);
    process.exit(2);
  }
  // Only the path is shown: a remote URL could carry credentials.
  const url = databaseUrl();
  console.log(`Seeding ${url.startsWith("file:") ? url : "the database at DATABASE_URL"}…`);
  const summary = await runSeed(prisma, getStorage(), parsed.data);
  console.log(
    summary.seeded
      ? `Done in ${(summary.ms / 1000).toFixed(1)} s: ${summary.categories} categories, ${summary.pets} pets, ${summary.picturesRendered} pictures rendered, ${summary.accounts} demo accounts.`
      : `Done in ${(summary.ms / 1000).toFixed(1)} s: nothing to do.`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
