import "server-only";
// What a follower of the class sees, rendered from the room as the hub holds it (classroom/server/class-room-hub.ts)
// and the lesson data — no database read here, so one render serves every follower of one audience and language. The
// instructor's view adds the notes, the live tally, the join code and the roster; the audience screen gets the code;
// students and the audience get the tally and the answer only once the instructor reveals it, so the first answers do
// not steer the rest of the room. Nobody — the instructor neither — is shown who answered what: the tally has counts
// only. The lesson's words and the view labels are in the follower's language.
import { createHash } from "node:crypto";
import { tallyOf, type ClassSnapshot, type RosterEntry } from "../model/class-room";
import type { Locale } from "../../core/i18n/locale";
import { INSTRUCTOR_VIEWS, observeHref, type Lesson } from "../model/lesson-schema";
import { messagesFor } from "../../messages";
import { providerComponents } from "../../core/architecture/provider-map";
import { findLesson } from "../lessons";
import type { ClassAudience, ClassCount, ClassView } from "../model/screen-types";

/** The room as one instance holds it: the snapshot, the run's roster and the answers to the question on screen. */
export type RoomData = {
  snapshot: ClassSnapshot;
  roster: Map<string, RosterEntry>;
  /** The question the answers are for (null without one), and the answers by student id. */
  questionKey: string | null;
  answers: Map<string, string>;
};

export function questionKey(lessonId: string, stepId: string): string {
  return `${lessonId}/${stepId}`;
}

export function currentStep(snapshot: ClassSnapshot, locale: Locale = "en"): { lesson: Lesson; index: number } | null {
  const lesson = snapshot.lessonId ? findLesson(snapshot.lessonId, locale) : undefined;
  if (!lesson || !lesson.steps[snapshot.stepIndex]) return null;
  return { lesson, index: snapshot.stepIndex };
}

/** The key of the question on screen, if the step asks one. */
export function currentQuestionKey(snapshot: ClassSnapshot): string | null {
  const current = currentStep(snapshot);
  const step = current?.lesson.steps[current.index];
  return current && step?.prediction ? questionKey(current.lesson.id, step.id) : null;
}

/** A student's handle on the presenter: not the cookie's id (which would let the holder answer as them). */
export function studentHandle(studentId: string): string {
  return createHash("sha256").update(studentId).digest("base64url").slice(0, 12);
}

export function countOf(room: RoomData): ClassCount {
  return { version: room.snapshot.version, runId: room.snapshot.runId, students: room.roster.size, answered: room.answers.size };
}

export function renderClassView(room: RoomData, audience: ClassAudience, locale: Locale): ClassView {
  const { snapshot } = room;
  const current = currentStep(snapshot, locale);
  const labels = messagesFor(locale).classroom.observe;
  const instructor = audience === "instructor";
  const base = {
    version: snapshot.version,
    runId: snapshot.runId,
    revealed: snapshot.revealed,
    students: room.roster.size,
    answered: room.answers.size,
    stepStartedAt: snapshot.stepStartedAt,
    ...(audience !== "student" ? { code: snapshot.code } : {}),
    ...(instructor
      ? { roster: [...room.roster].map(([id, r]) => ({ handle: studentHandle(id), ...(r.name ? { name: r.name } : {}) })) }
      : {}),
  };
  if (!current) return { ...base, answered: 0, lesson: null, step: null, tally: null };
  const { lesson, index } = current;
  const step = lesson.steps[index]!;
  const showAnswer = instructor || snapshot.revealed;
  const key = questionKey(lesson.id, step.id);
  const p = step.prediction;
  const answers = room.questionKey === key ? room.answers : new Map<string, string>();
  return {
    ...base,
    ...(step.setup.journey && snapshot.runCallAt ? { runCallAt: snapshot.runCallAt } : {}),
    answered: p ? answers.size : 0,
    lesson: { id: lesson.id, title: lesson.title, summary: lesson.summary, stepCount: lesson.steps.length },
    step: {
      index,
      id: step.id,
      title: step.title,
      text: step.text,
      ...(showAnswer && step.reveal ? { reveal: step.reveal } : {}),
      ...(instructor && step.notes ? { notes: step.notes } : {}),
      mode: step.setup.mode,
      journey: step.setup.journey,
      // A link a student could not follow (the lab bench is the instructor's) is not shown to students.
      observe: step.observe
        .filter((o) => instructor || !INSTRUCTOR_VIEWS.includes(o.view))
        .map((o) => ({ label: labels[o.view], href: observeHref(o), caption: o.caption })),
      providers: providerComponents(step.providers ?? []),
      prediction: p
        ? { key, question: p.question, choices: p.choices, ...(showAnswer ? { answer: p.answer, explanation: p.explanation } : {}) }
        : undefined,
    },
    tally:
      p && showAnswer
        ? tallyOf(
            key,
            p.choices.map((c) => c.id),
            answers.values(),
          )
        : null,
  };
}

/** One student's view: the shared one plus their own answer to the question on screen. */
export function studentView(room: RoomData, studentId: string | undefined, locale: Locale): ClassView {
  const view = renderClassView(room, "student", locale);
  const mine = studentId && view.step?.prediction ? room.answers.get(studentId) : undefined;
  return mine !== undefined && room.questionKey === view.step?.prediction?.key ? { ...view, myAnswer: mine } : view;
}
