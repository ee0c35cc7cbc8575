// The seed as a function, so `npm run seed` and `npm start` (scripts/start.ts) share one implementation.
import type { PrismaClient } from "@prisma/client";
import type { StoragePort } from "../../core/images/storage-port";
import { CATEGORIES } from "./catalog-data";
import { DEFAULT_PET_COUNT, generatePets } from "./generate-pets";
import { buildPicturePool, renderMissingPictures } from "./picture-pool";
import { PICTURE_SIZES } from "./render-pet-picture";
import { isEmbeddedDatabase, seedDemoAccounts } from "./seed-accounts";

export type SeedOptions = {
  /** Catalog size; given explicitly it always (re)builds the catalog. Default: 66 pets. */
  pets?: number;
  /** Delete the existing catalog (and the orders and carts that point into it) first. */
  reset?: boolean;
  log?: (line: string) => void;
};

export type SeedSummary = {
  seeded: boolean;
  categories: number;
  pets: number;
  picturesRendered: number;
  accounts: number;
  ms: number;
};

// ~1000 rows per createMany keeps each statement and transaction small; one transaction per batch means a
// crash leaves whole batches, and libSQL commits a few large transactions much faster than many tiny ones.
const BATCH_SIZE = 1000;

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
  const embedded = isEmbeddedDatabase();
  const existingPets = await prisma.pet.count();

  if (existingPets > 0 && !options.reset && options.pets === undefined) {
    const accounts = embedded ? await seedDemoAccounts(prisma, false) : 0;
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
    await prisma.$transaction([prisma.pet.createMany({ data: pets }), prisma.image.createMany({ data: images })]);
    inserted += batch.length;
    if (total >= 10_000 && inserted % 10_000 === 0) log(`  ${inserted} / ${total} pets…`);
  }
  log(`Pets: ${inserted} in ${CATEGORIES.length} categories (${ms(insertStart)}).`);

  const accounts = embedded ? await seedDemoAccounts(prisma, true) : 0;
  if (embedded) log(`Demo accounts: ${accounts} upserted (demo@petstore.test, admin@petstore.test).`);
  else log("Demo accounts: skipped (DATABASE_URL is not the embedded default).");

  return { seeded: true, categories: CATEGORIES.length, pets: inserted, picturesRendered, accounts, ms: performance.now() - started };
}

function ms(since: number): string {
  const elapsed = performance.now() - since;
  return elapsed >= 1000 ? `${(elapsed / 1000).toFixed(1)} s` : `${Math.round(elapsed)} ms`;
}
