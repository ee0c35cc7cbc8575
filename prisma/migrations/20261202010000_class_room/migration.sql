-- CreateTable
CREATE TABLE "ClassRoom" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "lessonId" TEXT,
    "stepIndex" INTEGER NOT NULL DEFAULT 0,
    "revealed" BOOLEAN NOT NULL DEFAULT false,
    "stepStartedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "ClassStudent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ClassAnswer" (
    "questionKey" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "choiceId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("questionKey", "studentId")
);

-- CreateIndex
CREATE INDEX "ClassStudent_joinedAt_idx" ON "ClassStudent"("joinedAt");

-- CreateIndex
CREATE INDEX "ClassAnswer_questionKey_choiceId_idx" ON "ClassAnswer"("questionKey", "choiceId");
