import "server-only";
// The process's one store of browser spans (apart from the server spans in lens-span-store.ts, so no browser
// post can ever push a server span out), and the per-client limits on posting to it.
import { consume, retryAfterSeconds } from "../../infra/throttle/throttle";
import { createVisitorSpanStore, type VisitorSpanStore } from "../model/visitor-span-store";

type Holder = { __browserSpanStore?: VisitorSpanStore };
const holder = globalThis as unknown as Holder;

export function browserSpanStore(): VisitorSpanStore {
  holder.__browserSpanStore ??= createVisitorSpanStore();
  return holder.__browserSpanStore;
}

/**
 * Spends one post for the client (the "lens-post-*" rows of infra/throttle/throttle.ts: per IP generously, since a
 * classroom may share one address, per visitor tightly); the seconds to wait when over either limit, else 0.
 */
export async function spendBrowserPost(ip: string, visitor: string): Promise<number> {
  const waitMs = (await consume("lens-post-visitor", visitor)) || (await consume("lens-post-address", ip));
  return waitMs > 0 ? retryAfterSeconds(waitMs) : 0;
}
