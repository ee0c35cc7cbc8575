-- A step that found object storage down waits and tries again; those tries are counted apart from its attempts.
ALTER TABLE "ImageStep" ADD COLUMN "outageRetries" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ImageStep" ADD COLUMN "outageSince" DATETIME;
