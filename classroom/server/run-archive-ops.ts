import "server-only";
// The operations behind /class/runs and its routes: read a run's recording (export, replay), delete a run, import
// an exported file. An import is checked whole (format, version, every event, the size) before one row is written,
// and is written in one transaction: a bad file stores nothing.
import { AppError } from "../../core/errors/app-error";
import { RECORDING_LIMITS, publicIdSchema, runRecordingSchema, type RunRecording } from "../model/run-recording";
import { findLesson } from "../lessons";
import { runArchive } from "./run-recorder";

function idOrThrow(publicId: string): string {
  const parsed = publicIdSchema.safeParse(publicId);
  if (!parsed.success) throw AppError.of("not_found", "archive.notFound");
  return parsed.data;
}

/** A run's recording by its public id, or undefined (a malformed id is simply not found). */
export async function findRecording(publicId: string): Promise<RunRecording | undefined> {
  const parsed = publicIdSchema.safeParse(publicId);
  return parsed.success ? runArchive().load(parsed.data) : undefined;
}

export async function exportRun(publicId: string): Promise<RunRecording> {
  const recording = await runArchive().load(idOrThrow(publicId));
  if (!recording) throw AppError.of("not_found", "archive.notFound");
  return recording;
}

export async function deleteRun(publicId: string): Promise<void> {
  const result = await runArchive().remove(idOrThrow(publicId));
  if (result === "missing") throw AppError.of("not_found", "archive.notFound");
  if (result === "current") throw AppError.of("conflict", "archive.current");
}

/** Checks an uploaded file (already parsed JSON, already under the byte cap) and stores it as a new run. */
export async function importRun(value: unknown): Promise<{ publicId: string }> {
  const parsed = runRecordingSchema.safeParse(value);
  if (!parsed.success) throw AppError.of("bad_request", "archive.invalid");
  if (!findLesson(parsed.data.lessonId)) throw AppError.of("bad_request", "archive.unknownLesson");
  return { publicId: await runArchive().importRun(parsed.data) };
}

/** What readJsonBody may read for an import. */
export const IMPORT_LIMITS = { maxBytes: RECORDING_LIMITS.maxFileBytes, tooLarge: { id: "archive.tooLarge" } } as const;

/** The export's file name: the lesson and the day, e.g. `class-run-search-as-a-function-2026-12-07.json`. */
export function exportFileName(recording: RunRecording): string {
  return `class-run-${recording.lessonId}-${recording.startedAt.slice(0, 10)}.json`;
}
