// What the server hands the classroom's screens: the class view phones, the presenter and the audience screen
// follow, the presenter's setup summary, and a replay. The shapes live here, in the pure model, because both sides
// need them: classroom/server builds them, classroom/client renders them, and the client never imports the server.
import type { MigrationState } from "../../core/migration/migration-state";
import type { ProviderComponent } from "../../core/architecture/provider-map";
import type { Tally } from "./class-room";
import type { Journey, LessonMode } from "./lesson-schema";
import type { EvidenceData, ReplayTally } from "./run-recording";

/** Who follows the class: each gets its own view of the same room. */
export type ClassAudience = "instructor" | "student" | "audience";

/** What a follower of the class sees (rendered by classroom/server/class-view.ts). */
export type ClassView = {
  version: number;
  runId: number;
  revealed: boolean;
  students: number;
  stepStartedAt: number;
  /** How many have answered the question on screen (everyone sees the count live; the split waits for the reveal). */
  answered: number;
  /** The run's join code: on the instructor's and the audience screen's views. */
  code?: string;
  /** Who joined this run (instructor only): a handle to remove one by, and the name they chose. */
  roster?: { handle: string; name?: string }[];
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
  /** "Everyone tap now" on this step (ms since epoch): phones and the audience screen call the room to run it. */
  runCallAt?: number;
};

/** The small message phones and the audience screen get when only the counts moved (a join, an answer). */
export type ClassCount = { version: number; runId: number; students: number; answered: number };

/** What entering a step did, for the presenter's setup summary. */
export type SetupReport = {
  /** The function runtime's limits now in force (serverless/runtime's RuntimeLimits, spelled out: this folder
   * imports only core/). */
  limits: { idleTimeoutMs: number; coldStartExtraMs: number; maxConcurrency: number };
  resetInstances: boolean;
  faults: { name: string; enabled: boolean; result: LabBenchResult }[];
  load: { users: number; seconds: number; result: LabBenchResult } | null;
  /** The class-wide migration state this step put the hybrid store in; null when the step does not name one. */
  migration: MigrationState | null;
};

/** What the lab bench answered to one request of a step (a fault switched, load started). */
export type LabBenchResult = { ok: true } | { ok: false; reason: string };

/** One step visit of a recorded run as the replay shows it (read by classroom/server/replay-data.ts). */
export type ReplayVisit = {
  /** 1-based position among the visits (the `?step=` of the plain pages). */
  n: number;
  /** The lesson's step number (1-based) and count, as "Step n of N" showed them in class. */
  stepNumber: number;
  stepCount: number;
  title: string;
  text: string;
  reveal?: string;
  prediction?: { question: string; choices: { id: string; label: string }[]; answer: string; explanation: string };
  questionKey: string | null;
  setupLines: string[];
  start: number;
  end: number;
  tallies: ReplayTally[];
  revealAt: number | null;
  /** When "Everyone tap now" was called on this visit, and the journey it called the room to run. */
  callAt: number | null;
  journeyLabel?: string;
  evidence: { t: number; data: EvidenceData }[];
};

export type ReplaySwitches = { t: number; faults: string[]; migrated: string[] | null };

export type ReplayData = {
  lessonTitle: string;
  knownLesson: boolean;
  duration: number;
  students: number;
  answers: number;
  visits: ReplayVisit[];
  switches: ReplaySwitches[];
  /** Every moment something was recorded (the timeline's marks). */
  times: number[];
};

/** One second of the generated load, as the audience screen's chart draws it: requests and 429s. */
export type LoadPoint = { second: number; requests: number; throttled: number };
