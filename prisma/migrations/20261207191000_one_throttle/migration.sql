-- One throttle (decision 038): the gateway's counters and the sign-in/registration backoff move to one table of
-- rate-limiter-flexible rows. Counts in flight are dropped: at worst a caller gets a fresh window.

-- DropTable
DROP TABLE "AuthThrottle";

-- DropTable
DROP TABLE "RateLimitWindow";

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL,
    "expire" BIGINT
);

-- CreateIndex
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");
