import "server-only";
// "Reset the store" on the presenter: the store back to its seed (infra/lifecycle/reset-store.ts). One at a time.
import { untracedPrisma } from "../../infra/db/untraced-prisma";
import { getStorage } from "../../infra/storage/get-storage";
import { resetStore, type ResetSummary } from "../../infra/lifecycle/reset-store";
import { AppError } from "../../core/errors/app-error";

const holder = globalThis as unknown as { __storeResetting?: boolean };

export async function resetStoreNow(): Promise<ResetSummary> {
  if (holder.__storeResetting) throw AppError.of("conflict", "class.resetting");
  holder.__storeResetting = true;
  try {
    return await resetStore(untracedPrisma, getStorage());
  } finally {
    holder.__storeResetting = false;
  }
}
