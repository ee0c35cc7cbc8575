import "server-only";
// The process's one span store, shared by every route bundle Next loads (like the Prisma client): the span
// processor writes to it, the lens API and the architecture views read from it.
import { createRetainingSpanStore, type SpanStore } from "../model/span-store";

const holder = globalThis as unknown as { __lensSpanStore?: SpanStore };

export function lensSpanStore(): SpanStore {
  holder.__lensSpanStore ??= createRetainingSpanStore();
  return holder.__lensSpanStore;
}
