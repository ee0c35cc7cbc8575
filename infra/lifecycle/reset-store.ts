// Puts the store back to its seed after a class: the catalog and its stock, orders and carts, uploads and what the
// image pipeline made of them (rows, thumbnails, the originals), and the search artifact. Never the secrets file,
// the accounts (users, sessions) or the classroom's runs. Run from the presenter (instructor only) and by
// `npm run reset` with the server stopped; the script also empties the workflow world's folder, which a running
// server is using.
// (Not server-only: scripts/reset-store.ts runs it outside Next.)
import type { PrismaClient } from "@prisma/client";
import type { StoragePort } from "../../core/images/storage-port";
import { runSeed } from "../seed/run-seed";
import { noteCatalogChanged } from "../catalog/catalog-changes";

/** Blobs the seed did not make. The search artifact is rebuilt from the new catalog on its next use. */
const SEARCH_ARTIFACT_KEYS = ["search/index.json", "search/index-meta.json"];

export type ResetSummary = { pets: number; blobsDeleted: number; uploadsDeleted: number; ms: number };

export async function resetStore(
  prisma: PrismaClient,
  storage: StoragePort,
  log: (line: string) => void = () => {},
): Promise<ResetSummary> {
  const started = performance.now();
  // What to delete from blob storage, read before the rows that name it go.
  const images = await prisma.image.findMany({ select: { originalKey: true, smallKey: true, mediumKey: true, largeKey: true } });
  const uploads = await prisma.imageUpload.findMany({ select: { originalKey: true } });
  const keys = new Set<string>(SEARCH_ARTIFACT_KEYS);
  for (const i of images)
    for (const k of [i.originalKey, i.smallKey, i.mediumKey, i.largeKey]) if (k && !k.startsWith("seed/")) keys.add(k);
  for (const u of uploads) keys.add(u.originalKey);

  // The pipeline's rows first (they point at uploads and pets), in one transaction.
  await prisma.$transaction([
    prisma.imageStep.deleteMany(),
    prisma.imageJob.deleteMany(),
    prisma.imageUpload.deleteMany(),
    prisma.usedUploadToken.deleteMany(),
  ]);
  // The catalog, orders and carts: the seed's own rebuild (accounts left alone).
  const seeded = await runSeed(prisma, storage, { reset: true, accounts: false, log });
  noteCatalogChanged();

  let blobsDeleted = 0;
  for (const key of keys) {
    try {
      await storage.delete(key);
      blobsDeleted += 1;
    } catch {
      // already gone, or a key storage refuses: nothing to put back
    }
  }
  log(`Store reset: ${seeded.pets} pets, ${uploads.length} uploads and ${blobsDeleted} blobs removed.`);
  return { pets: seeded.pets, blobsDeleted, uploadsDeleted: uploads.length, ms: performance.now() - started };
}
