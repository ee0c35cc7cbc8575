// The lessons in teaching order. Each file is one lesson, checked by core/lessons/lesson-schema when it loads.
import type { Lesson } from "../core/lessons/lesson-schema";
import whereDoesTheCodeRun from "./where-does-the-code-run";
import whoDoYouTrust from "./who-do-you-trust";
import searchAsAFunction from "./search-as-a-function";
import functionsGlueServices from "./functions-glue-services";
import consumerThatNeverSleeps from "./consumer-that-never-sleeps";
import orchestration from "./orchestration";
import payPerCallOrPerHour from "./pay-per-call-or-per-hour";
import strangleTheMonolith from "./strangle-the-monolith";

export const LESSONS: readonly Lesson[] = [
  whereDoesTheCodeRun,
  whoDoYouTrust,
  searchAsAFunction,
  functionsGlueServices,
  consumerThatNeverSleeps,
  orchestration,
  payPerCallOrPerHour,
  strangleTheMonolith,
];

export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
