-- "Everyone tap now": when the instructor last called the room to run the step's journey (cleared on every move).
ALTER TABLE "ClassRoom" ADD COLUMN "runCallAt" DATETIME;
