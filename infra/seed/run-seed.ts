// The seed as a function, so `npm run seed` and `npm start` (scripts/start.ts) share one implementation.
import type { PrismaClient } from "@prisma/client";
import { env } from "../../core/config/env";
import type { StoragePort } from "../../core/images/storage-port";
import { CATEGORIES } from "./catalog-data";
import { DEFAULT_PET_COUNT, generatePets, type PetSeed } from "./generate-pets";
import { buildPicturePool, renderMissingPictures } from "./picture-pool";
import { PICTURE_SIZES } from "./render-pet-picture";
import { replacePublishedAdminPassword, seedDemoAccounts } from "./seed-accounts";

export type SeedOptions = {
  /** Catalog size; given explicitly it always (re)builds the catalog. Default: 66 pets. */
  pets?: number;
  /** Delete the existing catalog (and the orders and carts that point into it) first. */
  reset?: boolean;
  log?: (line: string) => void;
  /** Also create (or, on a rebuild, reset) the demo accounts; false leaves every account as it is. Default: true. */
  accounts?: boolean;
};

export type SeedSummary = {
  seeded: boolean;
  categories: number;
  pets: number;
  picturesRendered: number;
  accounts: number;
  ms: number;
};

// ~1000 rows per statement stays well under SQLite's 32766 bound parameters (11 per pet); one transaction per
// batch means a crash leaves whole batches, and libSQL commits a few large transactions much faster than many.
const BATCH_SIZE = 1000;

// Bulk rows go in as multi-row INSERTs through $executeRawUnsafe: Prisma's createMany spends ~1 ms per row in
// its query compiler, which made a 100k catalog take minutes. Columns and the timestamp format match what
// Prisma itself writes on SQLite/libSQL, so the app cannot tell the difference.
type Row = Record<string, string | number | null>;

function insertRows(prisma: PrismaClient, table: "Pet" | "Image", rows: Row[]) {
  const columns = Object.keys(rows[0] ?? {});
  const placeholders = `(${columns.map(() => "?").join(", ")})`;
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${rows.map(() => placeholders).join(", ")}`;
  return prisma.$executeRawUnsafe(sql, ...rows.flatMap((row) => columns.map((c) => row[c] ?? null)));
}

// Prisma stores DateTime on SQLite as ISO-8601 text with an explicit offset.
const now = () => new Date().toISOString().replace("Z", "+00:00");

function petRow(pet: Omit<PetSeed, "icon">): Row {
  const at = now();
  return { ...pet, featured: pet.featured ? 1 : 0, createdAt: at, updatedAt: at };
}

function imageRow(image: Row): Row {
  const at = now();
  return { ...image, createdAt: at, updatedAt: at };
}

async function deleteCatalog(prisma: PrismaClient): Promise<void> {
  // Children before parents: order lines and cart items point at pets, images cascade but go explicitly.
  await prisma.$transaction([
    prisma.orderLine.deleteMany(),
    prisma.order.deleteMany(),
    prisma.cartItem.deleteMany(),
    prisma.cart.deleteMany(),
    prisma.recentlyViewed.deleteMany(),
    prisma.image.deleteMany(),
    prisma.pet.deleteMany(),
    prisma.category.deleteMany(),
  ]);
}

export async function runSeed(prisma: PrismaClient, storage: StoragePort, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const embedded = env().embedded;
  const existingPets = await prisma.pet.count();

  if (existingPets > 0 && !options.reset && options.pets === undefined) {
    // Existing database: the demo accounts are left as they are (a deleted one stays deleted); only an admin that
    // still has the once-published password gets this installation's own.
    if (embedded && (await replacePublishedAdminPassword(prisma)))
      log("Admin account: its published password was replaced by this installation's own (see the Instructor block).");
    const accounts = 0;
    log(`Catalog already has ${existingPets} pets; nothing to seed (use --reset to rebuild it).`);
    return { seeded: false, categories: 0, pets: existingPets, picturesRendered: 0, accounts, ms: performance.now() - started };
  }

  const total = options.pets ?? DEFAULT_PET_COUNT;
  // Explicit ids below need an empty catalog; also clears leftover categories of a half-finished seed.
  await deleteCatalog(prisma);

  const pool = buildPicturePool();
  const renderStart = performance.now();
  const picturesRendered = await renderMissingPictures(pool, storage);
  log(`Pictures: ${picturesRendered} of ${pool.variants.length} variants rendered (${ms(renderStart)}).`);

  await prisma.category.createMany({
    data: CATEGORIES.map((category, index) => ({ id: index + 1, sortOrder: index, ...category })),
  });

  const insertStart = performance.now();
  let inserted = 0;
  // Ids are given explicitly (1..N in a fixed order): tests and benchmarks can rely on pet 1 being Biscuit.
  for (const batch of generatePets(total, BATCH_SIZE)) {
    const pets = batch.map(({ icon: _icon, ...pet }) => pet);
    const images = batch.map((pet) => {
      const variant = pool.pick(pet.icon, pet.id);
      return {
        id: `seed-${pet.id}`,
        petId: pet.id,
        status: "done",
        smallKey: variant.smallKey,
        mediumKey: variant.mediumKey,
        largeKey: variant.largeKey,
        width: PICTURE_SIZES.large,
        height: PICTURE_SIZES.large,
        position: 0,
      };
    });
    await prisma.$transaction([insertRows(prisma, "Pet", pets.map(petRow)), insertRows(prisma, "Image", images.map(imageRow))]);
    inserted += batch.length;
    if (total >= 10_000 && inserted % 10_000 === 0) log(`  ${inserted} / ${total} pets…`);
  }
  log(`Pets: ${inserted} in ${CATEGORIES.length} categories (${ms(insertStart)}).`);

  const withAccounts = embedded && options.accounts !== false;
  const accounts = withAccounts ? await seedDemoAccounts(prisma) : 0;
  if (!withAccounts && embedded) log("Demo accounts: left as they are.");
  else if (embedded) log(`Demo accounts: ${accounts} upserted (demo@petstore.test, admin@petstore.test).`);
  else log("Demo accounts: skipped (DATABASE_URL is not the embedded default).");

  return { seeded: true, categories: CATEGORIES.length, pets: inserted, picturesRendered, accounts, ms: performance.now() - started };
}

function ms(since: number): string {
  const elapsed = performance.now() - since;
  return elapsed >= 1000 ? `${(elapsed / 1000).toFixed(1)} s` : `${Math.round(elapsed)} ms`;
}
