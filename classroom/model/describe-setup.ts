// A step's setup in words, for the plain-text lesson page: what entering the step changes. Pure: each line is a
// message key of `classroom.setup` with its values, so the page says it in the visitor's language (the
// capability names too).
import { CAPABILITIES, type Capability, type MigrationState } from "../../core/migration/migration-state";
import { stepOnRecommendedPath } from "../../core/migration/recommended-path";
import type { LessonMode, StepSetup } from "./lesson-schema";

export type Duration = { unit: "s" | "ms"; value: number };
export type SetupLine =
  | { key: "mode"; mode: LessonMode }
  | { key: "resetInstances" }
  | { key: "idleTimeout" | "coldStartExtra"; duration: Duration }
  | { key: "concurrency"; limit: number }
  | { key: "faultOn" | "faultOff"; name: string }
  | { key: "load"; users: number; target: LessonMode; seconds: number }
  | { key: "migrationAllMonolith" | "migrationAllServerless"; step: number | undefined }
  | { key: "migrationSome"; moved: Capability[]; step: number | undefined };

const duration = (ms: number): Duration => (ms >= 1000 ? { unit: "s", value: ms / 1000 } : { unit: "ms", value: ms });

export function describeSetup(setup: StepSetup): SetupLine[] {
  const lines: SetupLine[] = [];
  if (setup.mode) lines.push({ key: "mode", mode: setup.mode });
  const r = setup.runtime;
  if (r?.resetInstances) lines.push({ key: "resetInstances" });
  if (r?.idleTimeoutMs !== undefined) lines.push({ key: "idleTimeout", duration: duration(r.idleTimeoutMs) });
  if (r?.coldStartExtraMs !== undefined) lines.push({ key: "coldStartExtra", duration: duration(r.coldStartExtraMs) });
  if (r?.maxConcurrency !== undefined) lines.push({ key: "concurrency", limit: r.maxConcurrency });
  for (const f of setup.faults ?? []) lines.push({ key: f.enabled ? "faultOn" : "faultOff", name: f.name });
  if (setup.load) lines.push({ key: "load", users: setup.load.users, target: setup.load.target, seconds: setup.load.seconds });
  if (setup.migration) lines.push(describeMigrationSetup(setup.migration));
  return lines;
}

function describeMigrationSetup(state: MigrationState): SetupLine {
  const moved = CAPABILITIES.filter((c) => state[c] === "serverless");
  const step = stepOnRecommendedPath(state);
  if (moved.length === 0) return { key: "migrationAllMonolith", step };
  if (moved.length === CAPABILITIES.length) return { key: "migrationAllServerless", step };
  return { key: "migrationSome", moved, step };
}
