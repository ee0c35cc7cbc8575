// The live class: which lesson and step the room is on, whether the instructor has revealed the answer, who has
// joined and what each student predicted. Behind a small interface (ClassState) so that the process-wide memory
// implementation here can later be swapped for one in the database without touching routes or pages.
// Everything is bounded: a room on a shared network must not be able to grow it without limit.
import { AppError } from "../errors/app-error";

export const CLASS_LIMITS = {
  maxStudents: 300,
  maxNameLength: 40,
  /** Distinct questions that keep answers; the oldest is forgotten beyond it. */
  maxQuestions: 200,
} as const;

export type Tally = { questionKey: string; counts: Record<string, number>; total: number };

export type ClassSnapshot = {
  /** Grows on every change, so a follower can ignore an older message that arrives late. */
  version: number;
  lessonId: string | null;
  stepIndex: number;
  revealed: boolean;
  students: number;
  /** When the current step was entered (ms since epoch), for the presenter's timer. */
  stepStartedAt: number;
};

export interface ClassState {
  snapshot(): ClassSnapshot;
  /** Moves the room; the reveal is cleared because a new step asks before it shows. */
  setPosition(lessonId: string | null, stepIndex: number): ClassSnapshot;
  setRevealed(revealed: boolean): ClassSnapshot;
  /** Registers a student (or renames one who joined before); throws when the room is full. */
  join(studentId: string, name: string | undefined): void;
  hasStudent(studentId: string): boolean;
  /** One answer per student per question: a second answer changes nothing and says so. */
  answer(studentId: string, questionKey: string, choiceId: string): { accepted: boolean; choiceId: string };
  answerOf(studentId: string, questionKey: string): string | undefined;
  tally(questionKey: string, choiceIds: readonly string[]): Tally;
  subscribe(listener: (snapshot: ClassSnapshot) => void): () => void;
}

export function cleanDisplayName(name: string | undefined): string | undefined {
  // Control characters and surrounding space go; the rest is shown as text (React escapes it).
  const cleaned = name
    ?.replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, CLASS_LIMITS.maxNameLength);
  return cleaned ? cleaned : undefined;
}

export function createMemoryClassState(now: () => number = Date.now): ClassState {
  let position = { lessonId: null as string | null, stepIndex: 0, revealed: false, stepStartedAt: now() };
  let version = 0;
  const students = new Map<string, { name?: string; joinedAt: number }>();
  // questionKey → studentId → choiceId; a Map keeps insertion order, so the first key is the oldest question.
  const answers = new Map<string, Map<string, string>>();
  const listeners = new Set<(s: ClassSnapshot) => void>();

  const snapshot = (): ClassSnapshot => ({ version, ...position, students: students.size });
  const changed = (): ClassSnapshot => {
    version += 1;
    const s = snapshot();
    for (const listener of listeners) {
      try {
        listener(s);
      } catch {
        // A follower that went away must not stop the others from hearing about the change.
      }
    }
    return s;
  };

  return {
    snapshot,
    setPosition(lessonId, stepIndex) {
      position = { lessonId, stepIndex, revealed: false, stepStartedAt: now() };
      return changed();
    },
    setRevealed(revealed) {
      position = { ...position, revealed };
      return changed();
    },
    join(studentId, name) {
      const existing = students.get(studentId);
      if (!existing && students.size >= CLASS_LIMITS.maxStudents) {
        throw new AppError("conflict", "The class is full. Ask your instructor to let you watch the main screen.");
      }
      students.set(studentId, { name: cleanDisplayName(name), joinedAt: existing?.joinedAt ?? now() });
      changed();
    },
    hasStudent: (studentId) => students.has(studentId),
    answer(studentId, questionKey, choiceId) {
      if (!students.has(studentId)) throw new AppError("unauthorized", "Join the class first, then answer.");
      let forQuestion = answers.get(questionKey);
      if (!forQuestion) {
        if (answers.size >= CLASS_LIMITS.maxQuestions) answers.delete(answers.keys().next().value!);
        forQuestion = new Map();
        answers.set(questionKey, forQuestion);
      }
      const earlier = forQuestion.get(studentId);
      if (earlier !== undefined) return { accepted: false, choiceId: earlier };
      forQuestion.set(studentId, choiceId);
      changed();
      return { accepted: true, choiceId };
    },
    answerOf: (studentId, questionKey) => answers.get(questionKey)?.get(studentId),
    tally(questionKey, choiceIds) {
      const counts = Object.fromEntries(choiceIds.map((id) => [id, 0]));
      let total = 0;
      for (const choice of answers.get(questionKey)?.values() ?? []) {
        if (counts[choice] !== undefined) {
          counts[choice] += 1;
          total += 1;
        }
      }
      return { questionKey, counts, total };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
