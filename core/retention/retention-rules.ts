// What is old enough to delete. Pure: the pruning job (infra/housekeeping/prune-stale-rows.ts) asks these
// cut-offs for "now" and deletes rows older than them. A classroom clicks a lot; nothing it leaves behind may
// grow without bound.

/** An anonymous cart nobody touched for this long is abandoned (a logged-in user's cart is kept). */
export const ANONYMOUS_CART_DAYS = 14;
/** "Recently viewed" older than this is not recent any more. */
export const RECENTLY_VIEWED_DAYS = 30;
/** A consumed upload token is kept this long after use: far beyond its own 2-minute life, so a replay stays refused. */
export const USED_UPLOAD_TOKEN_HOURS = 24;
/** How often the in-process job runs. */
export const PRUNE_INTERVAL_MS = 10 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

export type RetentionCutoffs = {
  /** Sessions that expired before this instant. */
  sessionsExpiredBefore: Date;
  /** Anonymous ("s:…") carts last changed before this instant. */
  anonymousCartsUpdatedBefore: Date;
  recentlyViewedBefore: Date;
  usedUploadTokensBefore: Date;
};

export function retentionCutoffs(now: Date): RetentionCutoffs {
  const t = now.getTime();
  return {
    sessionsExpiredBefore: new Date(t),
    anonymousCartsUpdatedBefore: new Date(t - ANONYMOUS_CART_DAYS * DAY_MS),
    recentlyViewedBefore: new Date(t - RECENTLY_VIEWED_DAYS * DAY_MS),
    usedUploadTokensBefore: new Date(t - USED_UPLOAD_TOKEN_HOURS * 60 * 60 * 1000),
  };
}

/** Cart owner keys: "u:<user id>" for a user, "s:<session hash>" for an anonymous visitor. */
export const ANONYMOUS_OWNER_PREFIX = "s:";
