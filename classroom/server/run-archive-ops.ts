import "server-only";
// The operations behind /class/runs and its routes: read a run's recording (export, replay), delete a run, import
// an exported file. An import is checked whole (format, version, every event, the size) before one row is written,
// and is written in one transaction: a bad file stores nothing.
import { AppError } from "../../core/errors/app-error";
import { RECORDING_LIMITS, publicIdSchema, runRecordingSchema, type RunRecording } from "../model/run-recording";
import { findLesson } from "../lessons";
import { runArchive } from "./run-recorder";

export const ARCHIVE_SENTENCES = {
  notFound: "There is no recorded run with that id.",
  current: "This run is still going. End the lesson first, then delete it.",
  invalid: "That file is not a class recording this app can read (an export from the Class runs page, format version 1).",
  unknownLesson: "That recording is of a lesson this app does not have.",
  tooLarge: "That file is too large: a class recording is at most 5 MB.",
} as const;

function idOrThrow(publicId: string): string {
  const parsed = publicIdSchema.safeParse(publicId);
  if (!parsed.success) throw new AppError("not_found", ARCHIVE_SENTENCES.notFound);
  return parsed.data;
}

/** A run's recording by its public id, or undefined (a malformed id is simply not found). */
export async function findRecording(publicId: string): Promise<RunRecording | undefined> {
  const parsed = publicIdSchema.safeParse(publicId);
  return parsed.success ? runArchive().load(parsed.data) : undefined;
}

export async function exportRun(publicId: string): Promise<RunRecording> {
  const recording = await runArchive().load(idOrThrow(publicId));
  if (!recording) throw new AppError("not_found", ARCHIVE_SENTENCES.notFound);
  return recording;
}

export async function deleteRun(publicId: string): Promise<void> {
  const result = await runArchive().remove(idOrThrow(publicId));
  if (result === "missing") throw new AppError("not_found", ARCHIVE_SENTENCES.notFound);
  if (result === "current") throw new AppError("conflict", ARCHIVE_SENTENCES.current);
}

/** Checks an uploaded file (already parsed JSON, already under the byte cap) and stores it as a new run. */
export async function importRun(value: unknown): Promise<{ publicId: string }> {
  const parsed = runRecordingSchema.safeParse(value);
  if (!parsed.success) throw new AppError("bad_request", ARCHIVE_SENTENCES.invalid);
  if (!findLesson(parsed.data.lessonId)) throw new AppError("bad_request", ARCHIVE_SENTENCES.unknownLesson);
  return { publicId: await runArchive().importRun(parsed.data) };
}

/** What readJsonBody may read for an import. */
export const IMPORT_LIMITS = { maxBytes: RECORDING_LIMITS.maxFileBytes, tooLarge: ARCHIVE_SENTENCES.tooLarge } as const;

/** The export's file name: the lesson and the day, e.g. `class-run-search-as-a-function-2026-12-07.json`. */
export function exportFileName(recording: RunRecording): string {
  return `class-run-${recording.lessonId}-${recording.startedAt.slice(0, 10)}.json`;
}
