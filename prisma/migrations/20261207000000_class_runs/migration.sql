-- Class runs: each "Start lesson" opens a run with its own join code; the roster and the answers belong to it.
-- Students and answers from before runs belonged to no run (and lived 12 hours at most): they are dropped.

-- AlterTable
ALTER TABLE "ClassRoom" ADD COLUMN "runId" INTEGER;

-- CreateTable
CREATE TABLE "ClassRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "lessonId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME
);

-- DropTable
DROP TABLE "ClassAnswer";

-- DropTable
DROP TABLE "ClassStudent";

-- CreateTable
CREATE TABLE "ClassStudent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "runId" INTEGER NOT NULL,
    "name" TEXT,
    "address" TEXT NOT NULL,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClassStudent_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ClassRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClassAnswer" (
    "runId" INTEGER NOT NULL,
    "questionKey" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "choiceId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("runId", "questionKey", "studentId"),
    CONSTRAINT "ClassAnswer_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ClassRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClassAnswer_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "ClassStudent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ClassRun_code_idx" ON "ClassRun"("code");

-- CreateIndex
CREATE INDEX "ClassStudent_runId_address_idx" ON "ClassStudent"("runId", "address");

-- CreateIndex
CREATE INDEX "ClassAnswer_runId_questionKey_choiceId_idx" ON "ClassAnswer"("runId", "questionKey", "choiceId");

-- CreateIndex
CREATE INDEX "ClassAnswer_studentId_idx" ON "ClassAnswer"("studentId");
