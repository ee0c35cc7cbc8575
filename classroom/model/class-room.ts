// The live class: which run is current (with its join code), which lesson and step the room is on, whether the
// instructor has revealed the answer, who has joined the run and what each student predicted. Behind a small
// interface (ClassState), kept in the database (classroom/server/db-class-state.ts) so that several instances show
// one class. Everything is bounded: a room on a shared network must not be able to grow it without limit.
export const CLASS_LIMITS = {
  maxStudents: 300,
  maxNameLength: 40,
  /** Students (and, separately, open event streams) per client address per run, unless the setting raises it. */
  perAddress: 3,
} as const;

/** A run's join code: six digits, easy to read aloud in any language and to type on a phone's number pad. */
export const JOIN_CODE_LENGTH = 6;

export type Tally = { questionKey: string; counts: Record<string, number>; total: number };

export type ClassSnapshot = {
  /** Grows on every move, reveal, new run or roster change by the instructor, so a follower can ignore an older view. */
  version: number;
  /** The current run and its join code. */
  runId: number;
  code: string;
  lessonId: string | null;
  stepIndex: number;
  revealed: boolean;
  /** When the current step was entered (ms since epoch), for the presenter's timer. */
  stepStartedAt: number;
  /** When the instructor last called "everyone tap now" on this step (ms since epoch); null until then. */
  runCallAt: number | null;
};

/** The cheap read each instance polls: what moved since the last look (`answers`: to the question asked about). */
export type ClassProbe = { version: number; runId: number; students: number; answers: number };

export type RosterEntry = { id: string; name?: string; address: string };

export type JoinInput = {
  code: string;
  studentId: string;
  name: string | undefined;
  address: string;
  perAddress: number;
  /** The current run as the caller last saw it (the hub's copy): a code that matches it costs no read. */
  seen?: { runId: number; code: string };
};

/**
 * The live class in the database (classroom/server/db-class-state.ts). Writes are single statements where a race
 * matters (a join's caps, one answer per student), so they hold across app instances.
 */
export interface ClassState {
  /** The room and its current run; opens the first run (a lobby) on first use. */
  snapshot(): Promise<ClassSnapshot>;
  /** The version, the current run, its student count and its answers to `questionKey` (0 without one). */
  probe(questionKey: string | null): Promise<ClassProbe>;
  /** Moves the room within the current run; the reveal is cleared because a new step asks before it shows. */
  setPosition(lessonId: string | null, stepIndex: number): Promise<ClassSnapshot>;
  setRevealed(revealed: boolean): Promise<ClassSnapshot>;
  /** "Everyone tap now": marks the moment on the current step, so every phone and the audience screen say it. */
  callToRun(): Promise<ClassSnapshot>;
  /**
   * Ends the current run and opens a new one (new code, empty roster) on `lessonId` (null: a lobby). With
   * `adoptLobby`, a current run that is still a lobby becomes the lesson's run instead, keeping who joined.
   */
  startRun(lessonId: string | null, options?: { adoptLobby?: boolean }): Promise<ClassSnapshot>;
  /** Adds a student to the current run, or throws (wrong code, the address's share used, the class full). */
  join(input: JoinInput): Promise<{ runId: number }>;
  rename(studentId: string, name: string | undefined): Promise<void>;
  /** The run a student id belongs to, if it joined any. */
  runOf(studentId: string): Promise<number | undefined>;
  roster(runId: number): Promise<RosterEntry[]>;
  /** Removes these students of the run (all of them when `ids` is omitted) and their answers. */
  removeStudents(runId: number, ids?: string[]): Promise<ClassSnapshot>;
  /** One answer per student per question of a run: a second answer changes nothing and says which one counts. */
  answer(runId: number, studentId: string, questionKey: string, choiceId: string): Promise<{ accepted: boolean; choiceId: string }>;
  /** Every answer to one question of a run, by student id. */
  answers(runId: number, questionKey: string): Promise<Map<string, string>>;
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

/** A new join code, never the same as the one before it (a phone on the old run must not slip into the new one). */
export function newJoinCode(previous: string | undefined, pick: (max: number) => number): string {
  for (;;) {
    const code = Array.from({ length: JOIN_CODE_LENGTH }, () => String(pick(10))).join("");
    if (code !== previous) return code;
  }
}

/** What a person typed, as a code: spaces and dashes go ("482 913" and "482-913" are 482913). */
export function normalizeJoinCode(input: string): string {
  return input.replace(/[\s-]/g, "");
}
