// A lesson's words in another language, on the structure defined once in the English lesson file. The
// translation (classroom/lessons/zh-CN/<lesson>.ts) holds only text, keyed by step id and choice id; everything that
// makes the class work — step order and ids, setups, migration moves, journeys, observed views, quiz answers —
// comes from the English lesson, so a translation cannot move a step, change an answer or name another switch.
// Pure: the unit test checks each translation against its lesson with lessonTextOf + sameShape.
import type { Lesson, LessonStep } from "./lesson-schema";

export type StepText = {
  title: string;
  text: string;
  /** What the reveal adds (steps with a prediction). */
  reveal?: string;
  notes?: string;
  prediction?: { question: string; choices: Record<string, string>; explanation: string };
  /** The journey button's label, when the step has a journey. */
  journey?: string;
  /** One caption per observed view, in the lesson's order. */
  observe?: readonly string[];
};

export type LessonText = {
  id: string;
  title: string;
  summary: string;
  steps: Record<string, StepText>;
};

/** The English words of a lesson, in the shape a translation has (also the template a translator fills). */
export function lessonTextOf(lesson: Lesson): LessonText {
  return {
    id: lesson.id,
    title: lesson.title,
    summary: lesson.summary,
    steps: Object.fromEntries(lesson.steps.map((s) => [s.id, stepTextOf(s)])),
  };
}

function stepTextOf(step: LessonStep): StepText {
  const p = step.prediction;
  return {
    title: step.title,
    text: step.text,
    ...(step.reveal ? { reveal: step.reveal } : {}),
    ...(step.notes ? { notes: step.notes } : {}),
    ...(p
      ? {
          prediction: {
            question: p.question,
            choices: Object.fromEntries(p.choices.map((c) => [c.id, c.label])),
            explanation: p.explanation,
          },
        }
      : {}),
    ...(step.setup.journey ? { journey: step.setup.journey.label } : {}),
    ...(step.observe.length ? { observe: step.observe.map((o) => o.caption) } : {}),
  };
}

/**
 * The shape of a lesson's text: every key path (with the step and choice ids), the number of observe captions,
 * and the fixed tokens a translation must keep as written — `code`, paths like /api/baas/token, 4xx/5xx statuses
 * and {placeholders}. Two texts with the same shape translate the same lesson.
 */
export function textShape(text: LessonText): string[] {
  const out: string[] = [`id:${text.id}`];
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") {
      out.push(`${path}=${fixedTokens(value).join(" ")}`);
    } else if (Array.isArray(value)) {
      out.push(`${path}[${value.length}]`);
      value.forEach((v, i) => walk(v, `${path}.${i}`));
    } else if (value && typeof value === "object") {
      for (const key of Object.keys(value).sort()) if (key !== "id") walk((value as Record<string, unknown>)[key], `${path}.${key}`);
    }
  };
  walk(text, "");
  return out;
}

/** Tokens that are the same in every language: `code`, {placeholders}, /paths and 4xx/5xx HTTP statuses. */
export function fixedTokens(text: string): string[] {
  const tokens = text.match(/`[^`]+`|\{[a-zA-Z]\w*\}|(?<![\w.])\/[a-z][\w/-]*|\b[45]\d\d(?=s?\b)(?![,.]\d)/g) ?? [];
  return [...tokens].sort();
}

/** The lesson with its words from `text`; throws when the text does not fit the lesson's structure. */
export function localizeLesson(lesson: Lesson, text: LessonText): Lesson {
  const expected = textShape(lessonTextOf(lesson));
  const actual = textShape(text);
  const i = expected.findIndex((line, n) => actual[n] !== line);
  if (i >= 0 || actual.length !== expected.length)
    throw new Error(
      `Lesson "${lesson.id}": the translation does not have the lesson's structure (expected "${expected[i] ?? "nothing"}", found "${actual[i] ?? actual[expected.length]}").`,
    );
  return {
    ...lesson,
    title: text.title,
    summary: text.summary,
    steps: lesson.steps.map((step) => localizeStep(step, text.steps[step.id]!)),
  };
}

function localizeStep(step: LessonStep, t: StepText): LessonStep {
  const p = step.prediction;
  const journey = step.setup.journey;
  return {
    ...step,
    title: t.title,
    text: t.text,
    ...(step.reveal ? { reveal: t.reveal } : {}),
    ...(step.notes ? { notes: t.notes } : {}),
    ...(p
      ? {
          prediction: {
            ...p,
            question: t.prediction!.question,
            choices: p.choices.map((c) => ({ id: c.id, label: t.prediction!.choices[c.id]! })),
            explanation: t.prediction!.explanation,
          },
        }
      : {}),
    setup: journey ? { ...step.setup, journey: { ...journey, label: t.journey! } } : step.setup,
    observe: step.observe.map((o, i) => ({ ...o, caption: t.observe![i]! })),
  };
}
