// The lessons in teaching order. Each file is one lesson, checked by classroom/model/lesson-schema when it loads; its
// Chinese words are in zh-CN/ on the same structure (classroom/model/localize-lesson.ts), so the steps, setups and
// answers are defined once.
import type { Locale } from "../../core/i18n/locale";
import type { Lesson } from "../model/lesson-schema";
import { localizeLesson } from "../model/localize-lesson";
import whereDoesTheCodeRun from "./where-does-the-code-run";
import whoDoYouTrust from "./who-do-you-trust";
import searchAsAFunction from "./search-as-a-function";
import functionsGlueServices from "./functions-glue-services";
import consumerThatNeverSleeps from "./consumer-that-never-sleeps";
import orchestration from "./orchestration";
import payPerCallOrPerHour from "./pay-per-call-or-per-hour";
import strangleTheMonolith from "./strangle-the-monolith";
import { ZH_CN_LESSON_TEXTS } from "./zh-CN";

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

const ZH_CN_LESSONS: readonly Lesson[] = LESSONS.map((lesson) => {
  const text = ZH_CN_LESSON_TEXTS.find((t) => t.id === lesson.id);
  if (!text) throw new Error(`Lesson "${lesson.id}" has no Chinese text in classroom/lessons/zh-CN.`);
  return localizeLesson(lesson, text);
});

/** The lessons in the visitor's language (the same steps, setups and answers in both). */
export function lessonsFor(locale: Locale): readonly Lesson[] {
  return locale === "zh-CN" ? ZH_CN_LESSONS : LESSONS;
}

export function findLesson(id: string, locale: Locale = "en"): Lesson | undefined {
  return lessonsFor(locale).find((l) => l.id === id);
}
