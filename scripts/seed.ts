// `npm run seed [-- --pets N] [--reset]`: fills the database (see infra/seed/run-seed.ts for what and why).
// On a fresh clone it creates and migrates the database first (prisma migrate deploy), so it works on its own;
// `npm start` does the same and then serves.
import "./lib/check-node";
import { parseArgs } from "node:util";
import { z } from "zod";
import { checkDataFolderWritable, checkNativePackages, exitWith, migrateDatabase, readSettings } from "./lib/preflight";
import { dataDir, databaseUrl } from "../infra/database-url";

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
  const { embedded } = await readSettings();
  checkNativePackages();
  if (embedded) checkDataFolderWritable(dataDir(), "npm run seed");
  migrateDatabase();
  // Loaded after the checks: these load the native database driver and sharp.
  const [{ prisma }, { getStorage }, { runSeed }] = await Promise.all([
    import("../infra/db/prisma-client"),
    import("../infra/storage/get-storage"),
    import("../infra/seed/run-seed"),
  ]);
  // Only the path is shown: a remote URL could carry credentials.
  const url = databaseUrl();
  console.log(`Seeding ${url.startsWith("file:") ? url : "the database at DATABASE_URL"}…`);
  try {
    const summary = await runSeed(prisma, getStorage(), parsed.data);
    console.log(
      summary.seeded
        ? `Done in ${(summary.ms / 1000).toFixed(1)} s: ${summary.categories} categories, ${summary.pets} pets, ${summary.picturesRendered} pictures rendered, ${summary.accounts} demo accounts.`
        : `Done in ${(summary.ms / 1000).toFixed(1)} s: nothing to do.`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch(exitWith);
