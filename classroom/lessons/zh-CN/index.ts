// The lessons' Chinese words, one file per lesson on the English lesson's structure (classroom/model/localize-lesson).
import type { LessonText } from "../../model/localize-lesson";
import { whereDoesTheCodeRun } from "./where-does-the-code-run";
import { whoDoYouTrust } from "./who-do-you-trust";
import { searchAsAFunction } from "./search-as-a-function";
import { functionsGlueServices } from "./functions-glue-services";
import { consumerThatNeverSleeps } from "./consumer-that-never-sleeps";
import { orchestration } from "./orchestration";
import { payPerCallOrPerHour } from "./pay-per-call-or-per-hour";
import { strangleTheMonolith } from "./strangle-the-monolith";

export const ZH_CN_LESSON_TEXTS: readonly LessonText[] = [
  whereDoesTheCodeRun,
  whoDoYouTrust,
  searchAsAFunction,
  functionsGlueServices,
  consumerThatNeverSleeps,
  orchestration,
  payPerCallOrPerHour,
  strangleTheMonolith,
];
