// A step's setup in words, for the plain-text lesson page and the presenter: what entering the step changes.
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
  return lines;
}
