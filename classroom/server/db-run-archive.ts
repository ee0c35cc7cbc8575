// Class run recordings in the database (table ClassRunEvent beside ClassRun): the port RunArchive of
// classroom/model/run-recording.ts. A write is one conditional INSERT whose WHERE checks the run's budget (the sum of
// its events' costs), so a recording stays bounded whatever calls it, from any number of instances.
import { Prisma } from "@prisma/client";
import {
  RECORDING_FORMAT,
  RECORDING_LIMITS,
  RECORDING_VERSION,
  eventCost,
  recordedEventSchema,
  type RecordedEvent,
  type RunArchive,
  type RunRecording,
  type RunSummary,
  type TimedEvent,
} from "../model/run-recording";
import { untracedPrisma as db } from "../../infra/db/untraced-prisma";
import { retryBusy } from "../../infra/db/retry-busy";

// Prisma stores DateTime on SQLite as ISO-8601 text with an explicit offset; a raw INSERT writes the same.
const dateText = (d: Date) => d.toISOString().replace("Z", "+00:00");
const iso = (d: Date) => d.toISOString();

type Totals = {
  runId: number;
  students: number | bigint | null;
  answers: number | bigint | null;
  firstAt: string | null;
  lastAt: string | null;
};

/** Per run: the most students any event counted, the sum of each question's last tally, the first and last event. */
async function totals(runIds: number[]): Promise<Map<number, Totals>> {
  if (runIds.length === 0) return new Map();
  const rows = await db.$queryRaw<Totals[]>`
    SELECT r."id" AS "runId",
      (SELECT max(json_extract(e."data", '$.students')) FROM "ClassRunEvent" e WHERE e."runId" = r."id") AS "students",
      (SELECT sum("total") FROM (
        SELECT json_extract(e."data", '$.total') AS "total", max(e."id")
        FROM "ClassRunEvent" e WHERE e."runId" = r."id" AND e."kind" = 'tally'
        GROUP BY json_extract(e."data", '$.questionKey'))) AS "answers",
      (SELECT min(e."at") FROM "ClassRunEvent" e WHERE e."runId" = r."id") AS "firstAt",
      (SELECT max(e."at") FROM "ClassRunEvent" e WHERE e."runId" = r."id") AS "lastAt"
    FROM "ClassRun" r WHERE r."id" IN (${Prisma.join(runIds)})`;
  return new Map(rows.map((r) => [Number(r.runId), r]));
}

const ms = (text: string | null) => (text ? new Date(text).getTime() : NaN);

export function createDbRunArchive(): RunArchive {
  return {
    async append(runId, event, at = new Date()) {
      const data = JSON.stringify(event.data);
      const cost = eventCost(event);
      const inserted = await retryBusy(
        () => db.$executeRaw`
          INSERT INTO "ClassRunEvent" ("runId", "at", "kind", "data", "bytes")
          SELECT ${runId}, ${dateText(at)}, ${event.kind}, ${data}, ${cost}
          WHERE EXISTS (SELECT 1 FROM "ClassRun" WHERE "id" = ${runId})
            AND (SELECT coalesce(sum("bytes"), 0) FROM "ClassRunEvent" WHERE "runId" = ${runId}) + ${cost} <= ${RECORDING_LIMITS.budgetBytes}`,
      );
      return inserted === 1;
    },

    async countRun(runId) {
      const [students, answers] = await Promise.all([
        db.classStudent.count({ where: { runId } }),
        db.classAnswer.count({ where: { runId } }),
      ]);
      return { students, answers };
    },

    async list(limit = 200) {
      const [runs, room] = await Promise.all([
        db.classRun.findMany({
          where: { lessonId: { not: null } },
          orderBy: { id: "desc" },
          take: limit,
          select: {
            id: true,
            publicId: true,
            lessonId: true,
            createdAt: true,
            endedAt: true,
            imported: true,
            _count: { select: { students: true } },
          },
        }),
        db.classRoom.findUnique({ where: { id: 1 }, select: { runId: true } }),
      ]);
      const sums = await totals(runs.map((r) => r.id));
      return runs.map((r): RunSummary => {
        const s = sums.get(r.id);
        const first = ms(s?.firstAt ?? null);
        const last = ms(s?.lastAt ?? null);
        return {
          publicId: r.publicId,
          lessonId: r.lessonId!,
          startedAt: Number.isFinite(first) ? new Date(first).toISOString() : iso(r.createdAt),
          endedAt: r.endedAt ? iso(r.endedAt) : null,
          durationMs: Number.isFinite(first) && Number.isFinite(last) ? last - first : 0,
          students: Math.max(Number(s?.students ?? 0), r._count.students),
          answers: Number(s?.answers ?? 0),
          imported: r.imported,
          current: room?.runId === r.id,
        };
      });
    },

    async load(publicId) {
      const run = await db.classRun.findUnique({
        where: { publicId },
        select: { id: true, lessonId: true, createdAt: true, endedAt: true },
      });
      if (!run?.lessonId) return undefined;
      const rows = await db.classRunEvent.findMany({
        where: { runId: run.id },
        orderBy: { id: "asc" },
        select: { at: true, kind: true, data: true },
      });
      const start = rows[0]?.at.getTime() ?? run.createdAt.getTime();
      const events: TimedEvent[] = [];
      for (const row of rows) {
        // Rows were checked when written; one that no longer parses (an older shape) is left out, not fatal.
        const parsed = recordedEventSchema.safeParse({ kind: row.kind, data: JSON.parse(row.data) });
        if (parsed.success) events.push({ t: Math.max(0, row.at.getTime() - start), ...parsed.data });
      }
      // Sorted by when it happened (two instances may write a moment out of order); stable for equal times.
      events.sort((a, b) => a.t - b.t);
      return {
        format: RECORDING_FORMAT,
        version: RECORDING_VERSION,
        lessonId: run.lessonId,
        startedAt: new Date(start).toISOString(),
        endedAt: run.endedAt ? iso(run.endedAt) : null,
        events,
      };
    },

    async remove(publicId) {
      return retryBusy(() =>
        db.$transaction(async (tx) => {
          const run = await tx.classRun.findUnique({ where: { publicId }, select: { id: true } });
          if (!run) return "missing" as const;
          const room = await tx.classRoom.findUnique({ where: { id: 1 }, select: { runId: true } });
          if (room?.runId === run.id) return "current" as const;
          // Answers first (they also point at students), then the run: students and events cascade.
          await tx.classAnswer.deleteMany({ where: { runId: run.id } });
          await tx.classStudent.deleteMany({ where: { runId: run.id } });
          await tx.classRun.delete({ where: { id: run.id } });
          return "deleted" as const;
        }),
      );
    },

    async importRun(recording: RunRecording) {
      const start = new Date(recording.startedAt).getTime();
      return retryBusy(() =>
        db.$transaction(
          async (tx) => {
            const run = await tx.classRun.create({
              data: {
                code: "",
                lessonId: recording.lessonId,
                createdAt: new Date(start),
                endedAt: recording.endedAt ? new Date(recording.endedAt) : new Date(start + (recording.events.at(-1)?.t ?? 0)),
                imported: true,
              },
              select: { id: true, publicId: true },
            });
            const rows = recording.events.map(({ t, ...event }) => ({
              runId: run.id,
              at: new Date(start + t),
              kind: event.kind,
              data: JSON.stringify(event.data),
              bytes: eventCost(event as RecordedEvent),
            }));
            for (let i = 0; i < rows.length; i += 500) await tx.classRunEvent.createMany({ data: rows.slice(i, i + 500) });
            return run.publicId;
          },
          { timeout: 60_000 },
        ),
      );
    },
  };
}
