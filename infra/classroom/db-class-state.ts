// The live class in the database (tables ClassRoom, ClassStudent, ClassAnswer), so that every app instance on
// one database shows one class: the presenter moves the room through instance A and a phone joined on B follows;
// an answer sent to B counts in A's tally. Like the fault switches (infra/faults/fault-state.ts) and the load-run
// lease, and unlike them asynchronous: nothing here is on a hot path.
//
// - Every change bumps ClassRoom.version in the same write (an atomic increment), so the version orders all
//   changes of all instances; followers keep the newest.
// - One answer per student per question is the primary key (questionKey, studentId): of two answers racing on
//   two instances, the database keeps the first; the other is told which one counts.
// - Each instance with open event streams polls the version every POLL_MS (one tiny read) and tells its own
//   followers when it moved, so a change made anywhere reaches every screen within about half a second; a
//   change made here is told at once.
// - Bounded: at most CLASS_LIMITS.maxStudents students (those who joined more than a cookie's lifetime ago are
//   forgotten), answers for the newest CLASS_LIMITS.maxQuestions questions.
import { Prisma } from "@prisma/client";
import { AppError } from "../../core/errors/app-error";
import { CLASS_LIMITS, cleanDisplayName, type ClassSnapshot, type ClassState, type Tally } from "../../core/lessons/class-room";
import { untracedPrisma as db } from "../db/prisma-client";
import { retryBusy } from "../db/retry-busy";

const ROOM_ID = 1;
const POLL_MS = 300;
/** A student's cookie lives 12 hours; a row older than that belongs to nobody who can still answer. */
export const STUDENT_LIFETIME_MS = 12 * 60 * 60 * 1000;

type Room = { lessonId: string | null; stepIndex: number; revealed: boolean; stepStartedAt: Date; version: number };

type Follow = {
  listeners: Set<(s: ClassSnapshot) => void>;
  timer: ReturnType<typeof setInterval> | null;
  seenVersion: number;
  polling: boolean;
  tallyCache: Map<string, Promise<Tally>>;
};
// Process-wide (every route bundle Next loads shares the poller and its followers).
const holder = globalThis as unknown as { __classFollow?: Follow };
const follow = (): Follow =>
  (holder.__classFollow ??= { listeners: new Set(), timer: null, seenVersion: -1, polling: false, tallyCache: new Map() });

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

async function readRoom(): Promise<Room> {
  const room = await db.classRoom.findUnique({ where: { id: ROOM_ID } });
  return room ?? { lessonId: null, stepIndex: 0, revealed: false, stepStartedAt: new Date(0), version: 0 };
}

/** Changes the room (or only bumps its version) in one write; creates the row on first use. */
function bump(data: Partial<Omit<Room, "version">> = {}): Promise<Room> {
  return retryBusy(() =>
    db.classRoom.upsert({
      where: { id: ROOM_ID },
      create: { id: ROOM_ID, ...data, version: 1 },
      update: { ...data, version: { increment: 1 } },
    }),
  );
}

async function toSnapshot(room: Room): Promise<ClassSnapshot> {
  const students = await db.classStudent.count({ where: { joinedAt: { gt: new Date(Date.now() - STUDENT_LIFETIME_MS) } } });
  return {
    version: room.version,
    lessonId: room.lessonId,
    stepIndex: room.stepIndex,
    revealed: room.revealed,
    students,
    stepStartedAt: room.stepStartedAt.getTime(),
  };
}

/** Reads the version; when it moved since the last look, tells this instance's followers. */
async function poll(): Promise<void> {
  const f = follow();
  if (f.polling) return;
  f.polling = true;
  try {
    const room = await readRoom();
    if (room.version === f.seenVersion) return;
    f.seenVersion = room.version;
    f.tallyCache.clear();
    const snapshot = await toSnapshot(room);
    for (const listener of f.listeners) {
      try {
        listener(snapshot);
      } catch {
        // A follower that went away must not stop the others from hearing about the change.
      }
    }
  } finally {
    f.polling = false;
  }
}

/** After a change made here: tell this instance's followers now rather than at the next poll. */
function changed(): void {
  if (follow().listeners.size > 0) void poll().catch(() => undefined);
}

/** Drops students past their cookie's lifetime and answers beyond the newest maxQuestions questions. */
async function prune(): Promise<void> {
  await db.classStudent.deleteMany({ where: { joinedAt: { lt: new Date(Date.now() - STUDENT_LIFETIME_MS) } } });
  const questions = await db.classAnswer.groupBy({
    by: ["questionKey"],
    _max: { createdAt: true },
    orderBy: { _max: { createdAt: "desc" } },
  });
  const old = questions.slice(CLASS_LIMITS.maxQuestions).map((q) => q.questionKey);
  if (old.length > 0) await db.classAnswer.deleteMany({ where: { questionKey: { in: old } } });
}

export function createDbClassState(): ClassState {
  return {
    snapshot: async () => toSnapshot(await readRoom()),

    async setPosition(lessonId, stepIndex) {
      const room = await bump({ lessonId, stepIndex, revealed: false, stepStartedAt: new Date() });
      await retryBusy(prune).catch(() => undefined);
      changed();
      return toSnapshot(room);
    },

    async setRevealed(revealed) {
      const room = await bump({ revealed });
      changed();
      return toSnapshot(room);
    },

    async join(studentId, name) {
      const cleaned = cleanDisplayName(name) ?? null;
      const since = new Date(Date.now() - STUDENT_LIFETIME_MS);
      const existing = await db.classStudent.findUnique({ where: { id: studentId } });
      if (!existing || existing.joinedAt <= since) {
        // Across instances two joins may pass this check at once: the cap is a bound, not an exact count.
        if ((await db.classStudent.count({ where: { joinedAt: { gt: since } } })) >= CLASS_LIMITS.maxStudents) {
          throw new AppError("conflict", "The class is full. Ask your instructor to let you watch the main screen.");
        }
      }
      await retryBusy(() =>
        db.classStudent.upsert({
          where: { id: studentId },
          create: { id: studentId, name: cleaned },
          // A rejoin keeps its place (and counts once); one whose row outlived its cookie starts afresh.
          update: existing && existing.joinedAt <= since ? { name: cleaned, joinedAt: new Date() } : { name: cleaned },
        }),
      );
      await retryBusy(() => db.classStudent.deleteMany({ where: { joinedAt: { lt: since } } })).catch(() => undefined);
      await bump();
      changed();
    },

    async hasStudent(studentId) {
      const row = await db.classStudent.findUnique({ where: { id: studentId }, select: { joinedAt: true } });
      return !!row && row.joinedAt.getTime() > Date.now() - STUDENT_LIFETIME_MS;
    },

    async answer(studentId, questionKey, choiceId) {
      if (!(await this.hasStudent(studentId))) throw new AppError("unauthorized", "Join the class first, then answer.");
      try {
        await retryBusy(() => db.classAnswer.create({ data: { questionKey, studentId, choiceId } }));
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        const earlier = await db.classAnswer.findUnique({ where: { questionKey_studentId: { questionKey, studentId } } });
        return { accepted: false, choiceId: earlier?.choiceId ?? choiceId };
      }
      await bump();
      changed();
      return { accepted: true, choiceId };
    },

    async answerOf(studentId, questionKey) {
      const row = await db.classAnswer.findUnique({
        where: { questionKey_studentId: { questionKey, studentId } },
        select: { choiceId: true },
      });
      return row?.choiceId;
    },

    tally(questionKey, choiceIds, version) {
      // Every follower of this instance renders the same tally after a change: one query for all of them. Keyed by
      // the version the caller read (every answer bumps it), not by this instance's last poll, which may lag
      // behind an answer that arrived through another instance.
      const f = follow();
      if (version === undefined || f.listeners.size === 0) return countAnswers(questionKey, choiceIds);
      const key = `${version}\u0000${questionKey}\u0000${choiceIds.join(",")}`;
      let cached = f.tallyCache.get(key);
      if (!cached) {
        if (f.tallyCache.size > 50) f.tallyCache.clear();
        cached = countAnswers(questionKey, choiceIds);
        cached.catch(() => f.tallyCache.delete(key));
        f.tallyCache.set(key, cached);
      }
      return cached;
    },

    subscribe(listener) {
      const f = follow();
      f.listeners.add(listener);
      if (!f.timer) {
        // Start from the version as it is now: a new follower gets its first view from the stream's own read.
        f.timer = setInterval(() => void poll().catch(() => undefined), POLL_MS);
        f.timer.unref?.();
      }
      return () => {
        f.listeners.delete(listener);
        if (f.listeners.size === 0 && f.timer) {
          clearInterval(f.timer);
          f.timer = null;
          f.seenVersion = -1;
        }
      };
    },
  };
}

async function countAnswers(questionKey: string, choiceIds: readonly string[]): Promise<Tally> {
  const groups = await db.classAnswer.groupBy({ by: ["choiceId"], where: { questionKey }, _count: { _all: true } });
  const counts = Object.fromEntries(choiceIds.map((id) => [id, 0]));
  // A choice the question no longer has is not counted.
  for (const g of groups) if (counts[g.choiceId] !== undefined) counts[g.choiceId] = g._count._all;
  return { questionKey, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}
