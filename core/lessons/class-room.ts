// The live class: which lesson and step the room is on, whether the instructor has revealed the answer, who has
// joined and what each student predicted. Behind a small interface (ClassState): the app keeps it in the database
// (infra/classroom/db-class-state.ts) so that several instances show one class; the memory one here is for tests.
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

/**
 * The live class. Asynchronous because it lives in the database (infra/classroom/db-class-state.ts), shared by
 * every app instance on it; createMemoryClassState below is the same contract in one process, for unit tests.
 */
export interface ClassState {
  snapshot(): Promise<ClassSnapshot>;
  /** Moves the room; the reveal is cleared because a new step asks before it shows. */
  setPosition(lessonId: string | null, stepIndex: number): Promise<ClassSnapshot>;
  setRevealed(revealed: boolean): Promise<ClassSnapshot>;
  /** Registers a student (or renames one who joined before); throws when the room is full. */
  join(studentId: string, name: string | undefined): Promise<void>;
  hasStudent(studentId: string): Promise<boolean>;
  /** One answer per student per question: a second answer changes nothing and says so. */
  answer(studentId: string, questionKey: string, choiceId: string): Promise<{ accepted: boolean; choiceId: string }>;
  answerOf(studentId: string, questionKey: string): Promise<string | undefined>;
  /** `version`: the class version the caller renders (answers bump it), so a shared count is never older. */
  tally(questionKey: string, choiceIds: readonly string[], version?: number): Promise<Tally>;
  /** Called with the new snapshot after every change, also changes made by another instance. */
  subscribe(listener: (snapshot: ClassSnapshot) => void): () => void;
}

/** Counts per choice; answers for a choice the question no longer has are not counted. */
export function tallyOf(questionKey: string, choiceIds: readonly string[], answers: Iterable<string>): Tally {
  const counts = Object.fromEntries(choiceIds.map((id) => [id, 0]));
  let total = 0;
  for (const choice of answers) {
    if (counts[choice] !== undefined) {
      counts[choice] += 1;
      total += 1;
    }
  }
  return { questionKey, counts, total };
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
    snapshot: async () => snapshot(),
    async setPosition(lessonId, stepIndex) {
      position = { lessonId, stepIndex, revealed: false, stepStartedAt: now() };
      return changed();
    },
    async setRevealed(revealed) {
      position = { ...position, revealed };
      return changed();
    },
    async join(studentId, name) {
      const existing = students.get(studentId);
      if (!existing && students.size >= CLASS_LIMITS.maxStudents) {
        throw new AppError("conflict", "The class is full. Ask your instructor to let you watch the main screen.");
      }
      students.set(studentId, { name: cleanDisplayName(name), joinedAt: existing?.joinedAt ?? now() });
      changed();
    },
    hasStudent: async (studentId) => students.has(studentId),
    async answer(studentId, questionKey, choiceId) {
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
    answerOf: async (studentId, questionKey) => answers.get(questionKey)?.get(studentId),
    tally: async (questionKey, choiceIds) => tallyOf(questionKey, choiceIds, answers.get(questionKey)?.values() ?? []),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
