-- Class run recordings: each run gets a random public id (the replay's address) and a table of recorded events.
-- Runs that exist already get a random public id here (16 random bytes as hex); new ones get a UUID from Prisma.

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ClassRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "publicId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "lessonId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    "imported" BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO "new_ClassRun" ("id", "publicId", "code", "lessonId", "createdAt", "endedAt")
  SELECT "id", lower(hex(randomblob(16))), "code", "lessonId", "createdAt", "endedAt" FROM "ClassRun";
DROP TABLE "ClassRun";
ALTER TABLE "new_ClassRun" RENAME TO "ClassRun";
CREATE UNIQUE INDEX "ClassRun_publicId_key" ON "ClassRun"("publicId");
CREATE INDEX "ClassRun_code_idx" ON "ClassRun"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateTable
CREATE TABLE "ClassRunEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" INTEGER NOT NULL,
    "at" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    CONSTRAINT "ClassRunEvent_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ClassRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ClassRunEvent_runId_id_idx" ON "ClassRunEvent"("runId", "id");
