import "server-only";
// The live class in the database (tables ClassRoom, ClassRun, ClassStudent, ClassAnswer), so that every app
// instance on one database shows one class: the presenter moves the room through instance A and a phone joined on
// B follows; an answer sent to B counts in A's tally. Runs are kept after they end (a past class can be replayed).
//
// - ClassRoom (one row) says where the room is and which run is current; its `version` grows on every move, reveal,
//   new run and roster change, so followers keep the newest view. Joins and answers do not touch it: each is one
//   INSERT, and instances notice them by counting the run's rows (probe), so a room of phones answering at once
//   is not a queue of writes to one row.
// - A join is one conditional INSERT: the code's run must still be current, the address must have fewer than its
//   share of students in the run, the run fewer than the cap. SQLite runs a statement alone, so the caps hold
//   exactly, also across instances.
// - One answer per student per question of a run is the primary key (runId, questionKey, studentId): of two answers
//   racing on two instances, the database keeps the first; the other is told which one counts.
import { randomInt } from "node:crypto";
import { Prisma } from "@prisma/client";
import { AppError } from "../../core/errors/app-error";
import {
  CLASS_LIMITS,
  cleanDisplayName,
  newJoinCode,
  normalizeJoinCode,
  type ClassProbe,
  type ClassSnapshot,
  type ClassState,
} from "../model/class-room";
import { untracedPrisma as db } from "../../infra/db/untraced-prisma";
import { retryBusy } from "../../infra/db/retry-busy";

const ROOM_ID = 1;

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
// Prisma stores DateTime on SQLite as ISO-8601 text with an explicit offset; a raw INSERT writes the same.
const nowText = () => new Date().toISOString().replace("Z", "+00:00");

type RoomWithRun = {
  lessonId: string | null;
  stepIndex: number;
  revealed: boolean;
  stepStartedAt: Date;
  version: number;
  runId: number | null;
  runCallAt: Date | null;
};

function toSnapshot(room: RoomWithRun & { runId: number }, code: string): ClassSnapshot {
  return {
    version: room.version,
    runId: room.runId,
    code,
    lessonId: room.lessonId,
    stepIndex: room.stepIndex,
    revealed: room.revealed,
    stepStartedAt: room.stepStartedAt.getTime(),
    runCallAt: room.runCallAt?.getTime() ?? null,
  };
}

/** Opens a new run and makes it current in one transaction; the run before it (if any) is marked ended. */
async function openRun(lessonId: string | null, data: Partial<RoomWithRun> = {}, onlyIfNone = false): Promise<ClassSnapshot> {
  return retryBusy(() =>
    db.$transaction(async (tx) => {
      const room = await tx.classRoom.findUnique({ where: { id: ROOM_ID } });
      if (onlyIfNone && room?.runId) {
        // Another request (or instance) opened the first run meanwhile: that one is current.
        const run = await tx.classRun.findUnique({ where: { id: room.runId }, select: { code: true } });
        if (run) return toSnapshot({ ...room, runId: room.runId }, run.code);
      }
      const previous = room?.runId ? await tx.classRun.findUnique({ where: { id: room.runId } }) : null;
      if (previous && !previous.endedAt) await tx.classRun.update({ where: { id: previous.id }, data: { endedAt: new Date() } });
      const run = await tx.classRun.create({ data: { code: newJoinCode(previous?.code, randomInt), lessonId } });
      const fields = { stepIndex: 0, revealed: false, stepStartedAt: new Date(), runCallAt: null, lessonId, ...data, runId: run.id };
      const next = await tx.classRoom.upsert({
        where: { id: ROOM_ID },
        create: { id: ROOM_ID, ...fields, version: 1 },
        update: { ...fields, version: { increment: 1 } },
      });
      return toSnapshot({ ...next, runId: run.id }, run.code);
    }),
  );
}

async function readSnapshot(): Promise<ClassSnapshot> {
  const room = await db.classRoom.findUnique({ where: { id: ROOM_ID } });
  if (room?.runId) {
    const run = await db.classRun.findUnique({ where: { id: room.runId }, select: { code: true } });
    if (run) return toSnapshot({ ...room, runId: room.runId }, run.code);
  }
  // First use (or a room from before runs): open a lobby where the room already stands.
  return openRun(room?.lessonId ?? null, room ? { lessonId: room.lessonId, stepIndex: room.stepIndex } : {}, true);
}

/** Changes the room in one write (bumping its version) and reads the run's code. */
async function bump(data: Partial<Omit<RoomWithRun, "version" | "runId">>): Promise<ClassSnapshot> {
  await readSnapshot(); // makes sure the row and a run exist
  const room = await retryBusy(() => db.classRoom.update({ where: { id: ROOM_ID }, data: { ...data, version: { increment: 1 } } }));
  const run = await db.classRun.findUnique({ where: { id: room.runId! }, select: { code: true } });
  return toSnapshot({ ...room, runId: room.runId! }, run?.code ?? "");
}

export function createDbClassState(): ClassState {
  return {
    snapshot: readSnapshot,

    async probe(questionKey): Promise<ClassProbe> {
      const room = await db.classRoom.findUnique({ where: { id: ROOM_ID }, select: { version: true, runId: true } });
      if (!room?.runId) {
        const s = await readSnapshot();
        return { version: s.version, runId: s.runId, students: 0, answers: 0 };
      }
      const [students, answers] = await Promise.all([
        db.classStudent.count({ where: { runId: room.runId } }),
        questionKey ? db.classAnswer.count({ where: { runId: room.runId, questionKey } }) : 0,
      ]);
      return { version: room.version, runId: room.runId, students, answers };
    },

    setPosition: (lessonId, stepIndex) => bump({ lessonId, stepIndex, revealed: false, stepStartedAt: new Date(), runCallAt: null }),

    setRevealed: (revealed) => bump({ revealed }),
    callToRun: () => bump({ runCallAt: new Date() }),

    async startRun(lessonId, options = {}) {
      if (options.adoptLobby) {
        const now = await readSnapshot();
        const run = await db.classRun.findUnique({ where: { id: now.runId } });
        if (run && run.lessonId === null && !run.endedAt) {
          await retryBusy(() => db.classRun.update({ where: { id: run.id }, data: { lessonId } }));
          return bump({ lessonId, stepIndex: 0, revealed: false, stepStartedAt: new Date(), runCallAt: null });
        }
      }
      return openRun(lessonId);
    },

    async join({ code, studentId, name, address, perAddress, seen }) {
      // A room of phones joins at once: the code is checked against the run the hub already holds, and read again only
      // when it differs (the hub may be a moment behind a new run). The INSERT below re-checks that the run is current.
      const given = normalizeJoinCode(code);
      const room = seen?.code === given ? seen : await readSnapshot();
      if (given !== room.code) throw AppError.of("forbidden", "class.wrongCode");
      const cleaned = cleanDisplayName(name) ?? null;
      const at = nowText();
      const inserted = await retryBusy(
        () => db.$executeRaw`
          INSERT INTO "ClassStudent" ("id", "runId", "name", "address", "joinedAt")
          SELECT ${studentId}, ${room.runId}, ${cleaned}, ${address}, ${at}
          WHERE (SELECT "runId" FROM "ClassRoom" WHERE "id" = ${ROOM_ID}) = ${room.runId}
            AND (SELECT count(*) FROM "ClassStudent" WHERE "runId" = ${room.runId} AND "address" = ${address}) < ${perAddress}
            AND (SELECT count(*) FROM "ClassStudent" WHERE "runId" = ${room.runId}) < ${CLASS_LIMITS.maxStudents}`,
      );
      if (inserted === 1) return { runId: room.runId };
      // Refused: say why, most specific first.
      const now = await readSnapshot();
      if (now.runId !== room.runId) throw AppError.of("forbidden", "class.wrongCode");
      if ((await db.classStudent.count({ where: { runId: room.runId, address } })) >= perAddress)
        throw AppError.of("conflict", "class.addressFull");
      throw AppError.of("conflict", "class.full");
    },

    async rename(studentId, name) {
      await retryBusy(() => db.classStudent.update({ where: { id: studentId }, data: { name: cleanDisplayName(name) ?? null } }));
    },

    async runOf(studentId) {
      return (await db.classStudent.findUnique({ where: { id: studentId }, select: { runId: true } }))?.runId;
    },

    async roster(runId) {
      const rows = await db.classStudent.findMany({
        where: { runId },
        orderBy: { joinedAt: "asc" },
        select: { id: true, name: true, address: true },
      });
      return rows.map((r) => ({ id: r.id, address: r.address, ...(r.name ? { name: r.name } : {}) }));
    },

    async removeStudents(runId, ids) {
      const where = ids ? { runId, id: { in: ids } } : { runId };
      await retryBusy(() =>
        db.$transaction([
          db.classAnswer.deleteMany({ where: ids ? { runId, studentId: { in: ids } } : { runId } }),
          db.classStudent.deleteMany({ where }),
        ]),
      );
      return bump({});
    },

    async answer(runId, studentId, questionKey, choiceId) {
      try {
        await retryBusy(() => db.classAnswer.create({ data: { runId, questionKey, studentId, choiceId } }));
        return { accepted: true, choiceId };
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        const earlier = await db.classAnswer.findUnique({ where: { runId_questionKey_studentId: { runId, questionKey, studentId } } });
        return { accepted: false, choiceId: earlier?.choiceId ?? choiceId };
      }
    },

    async answers(runId, questionKey) {
      const rows = await db.classAnswer.findMany({ where: { runId, questionKey }, select: { studentId: true, choiceId: true } });
      return new Map(rows.map((r) => [r.studentId, r.choiceId]));
    },
  };
}

const holder = globalThis as unknown as { __classState?: ClassState };

/** The one class state of this process (like the Prisma client, kept across route bundles). Routes and pages reach
 * the class only through it. */
export function classState(): ClassState {
  holder.__classState ??= createDbClassState();
  return holder.__classState;
}
