// A step's setup in words, for the plain-text lesson page and the presenter: what entering the step changes.
import { CAPABILITIES, CAPABILITY_LABELS, type MigrationState } from "../migration/migration-state";
import { stepOnRecommendedPath } from "../migration/recommended-path";
import type { StepSetup } from "./lesson-schema";

const seconds = (ms: number) => (ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`);

export function describeSetup(setup: StepSetup): string[] {
  const lines: string[] = [];
  if (setup.mode) lines.push(`Store: ${setup.mode}.`);
  const r = setup.runtime;
  if (r?.resetInstances) lines.push("Every function instance is dropped, so the next call is cold.");
  if (r?.idleTimeoutMs !== undefined) lines.push(`Idle timeout: ${seconds(r.idleTimeoutMs)}.`);
  if (r?.coldStartExtraMs !== undefined) lines.push(`Extra cold-start delay: ${seconds(r.coldStartExtraMs)}.`);
  if (r?.maxConcurrency !== undefined) lines.push(`Concurrency limit: ${r.maxConcurrency} per function.`);
  for (const f of setup.faults ?? []) lines.push(`Failure switch "${f.name}": ${f.enabled ? "on" : "off"}.`);
  if (setup.load)
    lines.push(
      `Generated load: ${setup.load.users} ${setup.load.users === 1 ? "user" : "users"} on the ${setup.load.target} store for ${setup.load.seconds} s.`,
    );
  if (setup.migration) lines.push(describeMigrationSetup(setup.migration));
  return lines;
}

function describeMigrationSetup(state: MigrationState): string {
  const moved = CAPABILITIES.filter((c) => state[c] === "serverless").map((c) => CAPABILITY_LABELS[c].toLowerCase());
  const step = stepOnRecommendedPath(state);
  const where = step === undefined ? "off the recommended path" : `step ${step} of 6 on the recommended path`;
  const what =
    moved.length === 0 ? "everything in the monolith" : moved.length === 6 ? "everything serverless" : `serverless: ${moved.join(", ")}`;
  return `Hybrid store, whole class: ${what} (${where}).`;
}
