import "server-only";
// What a follower of the class sees, built from the class state and the lesson data. The instructor's view adds
// the notes and the live tally; students and the audience screen get the tally and the answer only once the
// instructor reveals it, so the first answers do not steer the rest of the room. Nobody — the instructor neither —
// is shown who answered what: the tally has counts only. The lesson's words and the view labels are in the
// follower's language (`who.locale`); ids, answers and the tally are the same in both.
import type { ClassSnapshot, Tally } from "../core/lessons/class-room";
import type { Locale } from "../core/i18n/locale";
import { INSTRUCTOR_VIEWS, observeHref, type Journey, type Lesson, type LessonMode } from "../core/lessons/lesson-schema";
import { messagesFor } from "../messages";
import { providerComponents, type ProviderComponent } from "../core/architecture/provider-map";
import { findLesson } from "../lessons";
import { classState } from "./class-state";

export type ClassView = {
  version: number;
  revealed: boolean;
  students: number;
  stepStartedAt: number;
  /** How many have answered the question on screen (everyone sees the count live; the split waits for the reveal). */
  answered: number;
  lesson: { id: string; title: string; summary: string; stepCount: number } | null;
  step: {
    index: number;
    id: string;
    title: string;
    /** What everyone sees before the vote. */
    text: string;
    /** What the reveal adds (only once revealed, or for the instructor). */
    reveal?: string;
    notes?: string;
    mode?: LessonMode;
    journey?: Journey;
    observe: { label: string; href: string; caption: string }[];
    providers: ProviderComponent[];
    prediction?: {
      key: string;
      question: string;
      choices: { id: string; label: string }[];
      answer?: string;
      explanation?: string;
    };
  } | null;
  tally: Tally | null;
  /** This student's answer to the current question, when a student is asking. */
  myAnswer?: string;
};

export function questionKey(lessonId: string, stepId: string): string {
  return `${lessonId}/${stepId}`;
}

export function currentStep(snapshot: ClassSnapshot, locale: Locale = "en"): { lesson: Lesson; index: number } | null {
  const lesson = snapshot.lessonId ? findLesson(snapshot.lessonId, locale) : undefined;
  if (!lesson || !lesson.steps[snapshot.stepIndex]) return null;
  return { lesson, index: snapshot.stepIndex };
}

/**
 * `answers` (an event stream's own) remembers this student's answers already read, so a stream does not ask the
 * database again on every change; an answer, once given, never changes.
 */
export async function classView(
  snapshot: ClassSnapshot,
  who: { instructor: boolean; studentId?: string; locale?: Locale },
  answers?: Map<string, string>,
): Promise<ClassView> {
  const locale = who.locale ?? "en";
  const current = currentStep(snapshot, locale);
  const labels = messagesFor(locale).classroom.observe;
  const base = {
    version: snapshot.version,
    revealed: snapshot.revealed,
    students: snapshot.students,
    stepStartedAt: snapshot.stepStartedAt,
  };
  if (!current) return { ...base, answered: 0, lesson: null, step: null, tally: null };
  const { lesson, index } = current;
  const step = lesson.steps[index]!;
  const showAnswer = who.instructor || snapshot.revealed;
  const key = questionKey(lesson.id, step.id);
  const p = step.prediction;
  // Everyone's screen says "x of y answered" while the room votes, so the tally is read for every follower; only
  // the instructor (or everyone after the reveal) gets the counts per choice.
  const tally = p
    ? await classState().tally(
        key,
        p.choices.map((c) => c.id),
        snapshot.version,
      )
    : null;
  return {
    ...base,
    answered: tally?.total ?? 0,
    lesson: { id: lesson.id, title: lesson.title, summary: lesson.summary, stepCount: lesson.steps.length },
    step: {
      index,
      id: step.id,
      title: step.title,
      text: step.text,
      ...(showAnswer && step.reveal ? { reveal: step.reveal } : {}),
      ...(who.instructor && step.notes ? { notes: step.notes } : {}),
      mode: step.setup.mode,
      journey: step.setup.journey,
      // A link a student could not follow (the lab bench is the instructor's) is not shown to students.
      observe: step.observe
        .filter((o) => who.instructor || !INSTRUCTOR_VIEWS.includes(o.view))
        .map((o) => ({ label: labels[o.view], href: observeHref(o), caption: o.caption })),
      providers: providerComponents(step.providers ?? []),
      prediction: p
        ? { key, question: p.question, choices: p.choices, ...(showAnswer ? { answer: p.answer, explanation: p.explanation } : {}) }
        : undefined,
    },
    tally: showAnswer ? tally : null,
    ...(who.studentId && p ? { myAnswer: await myAnswer(who.studentId, key, answers) } : {}),
  };
}

async function myAnswer(studentId: string, key: string, answers?: Map<string, string>): Promise<string | undefined> {
  const known = answers?.get(key);
  if (known !== undefined) return known;
  const found = await classState().answerOf(studentId, key);
  if (found !== undefined) answers?.set(key, found);
  return found;
}
