import "server-only";
// The process's one store of browser spans (apart from the server spans in lens-span-store.ts, so no browser
// post can ever push a server span out), and the per-client limits on posting to it.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { createVisitorSpanStore, type VisitorSpanStore } from "../model/visitor-span-store";

/** A small token bucket per client: 30 batches per 30 s (a tab posts one per action). */
export const BROWSER_POST_BURST = 30;
export const BROWSER_POST_DURATION_S = 30;

type Holder = { __browserSpanStore?: VisitorSpanStore; __browserPostLimiters?: { ip: RateLimiterMemory; visitor: RateLimiterMemory } };
const holder = globalThis as unknown as Holder;

export function browserSpanStore(): VisitorSpanStore {
  holder.__browserSpanStore ??= createVisitorSpanStore();
  return holder.__browserSpanStore;
}

function limiters() {
  holder.__browserPostLimiters ??= {
    // Per IP generously (a classroom may share one address), per visitor tightly.
    ip: new RateLimiterMemory({ keyPrefix: "lens-ip", points: BROWSER_POST_BURST * 10, duration: BROWSER_POST_DURATION_S }),
    visitor: new RateLimiterMemory({ keyPrefix: "lens-visitor", points: BROWSER_POST_BURST, duration: BROWSER_POST_DURATION_S }),
  };
  return holder.__browserPostLimiters;
}

/** Spends one post for the client; the seconds to wait when over either limit, else 0. */
export async function spendBrowserPost(ip: string, visitor: string): Promise<number> {
  const { ip: byIp, visitor: byVisitor } = limiters();
  try {
    await byVisitor.consume(visitor);
    await byIp.consume(ip);
    return 0;
  } catch (e) {
    if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw e;
  }
}
