// What the replay player and the compare page show, read on the server from a run's recording and the lesson in the
// visitor's language: each step visit with its words, setup, tallies, reveal and evidence; the switches with their
// names. Nothing personal is in a recording, so nothing personal can be in this.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/core/i18n/locale";
import { CAPABILITIES } from "@/core/migration/migration-state";
import { describeSetup } from "@/classroom/model/describe-setup";
import { readRecording, type RunRecording } from "@/classroom/model/run-recording";
import { findLesson } from "@/classroom/lessons";
import type { ReplayData, ReplaySwitches, ReplayVisit } from "@/classroom/model/screen-types";
import { setupText } from "./setup-text";

export async function replayData(recording: RunRecording, locale: Locale): Promise<ReplayData> {
  const lesson = findLesson(recording.lessonId, locale);
  const replay = readRecording(recording);
  const tb = await getTranslations("bench.faults");
  const tm = await getTranslations("migration");
  const visits = await Promise.all(
    replay.steps.map(async (s, i): Promise<ReplayVisit> => {
      // The step by id (a lesson edited since keeps its ids); by position if the id is gone.
      const step = lesson?.steps.find((x) => x.id === s.stepId) ?? lesson?.steps[s.index];
      const p = step?.prediction;
      return {
        n: i + 1,
        stepNumber: s.index + 1,
        stepCount: lesson?.steps.length ?? Math.max(...replay.steps.map((x) => x.index + 1)),
        title: step?.title ?? s.stepId,
        text: step?.text ?? "",
        ...(step?.reveal ? { reveal: step.reveal } : {}),
        ...(p ? { prediction: { question: p.question, choices: p.choices, answer: p.answer, explanation: p.explanation } } : {}),
        questionKey: s.questionKey,
        setupLines: await Promise.all(describeSetup(s.setup).map(setupText)),
        start: s.start,
        end: s.end,
        tallies: s.tallies,
        revealAt: s.revealAt,
        callAt: s.callAt,
        ...(step?.setup.journey ? { journeyLabel: step.setup.journey.label } : {}),
        evidence: s.evidence,
      };
    }),
  );
  const switches = replay.steps.flatMap((s) =>
    s.switches.map((w): ReplaySwitches => ({
      t: w.t,
      faults: w.data.faults
        .filter((f) => f.enabled)
        .map((f) => {
          const key = `${f.name}.title` as "concurrency-limit.title";
          return tb.has(key) ? tb(key) : f.name;
        }),
      migrated: w.data.migration
        ? CAPABILITIES.filter((c) => w.data.migration![c] === "serverless").map((c) => tm(`moveLower.${c}`))
        : null,
    })),
  );
  return {
    lessonTitle: lesson?.title ?? recording.lessonId,
    knownLesson: !!lesson,
    duration: replay.duration,
    students: replay.students,
    answers: replay.answers,
    visits,
    switches,
    times: recording.events.map((e) => e.t),
  };
}

/** "12 min 5 s" / "40 s" in the visitor's language. */
export async function durationText(ms: number): Promise<string> {
  const t = await getTranslations("replay.runs");
  const seconds = Math.round(ms / 1000);
  return seconds >= 60 ? t("minutes", { minutes: Math.floor(seconds / 60), seconds: seconds % 60 }) : t("seconds", { seconds });
}

/** A run's date and time, as the server's clock and the visitor's language write it. */
export function dateText(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}
