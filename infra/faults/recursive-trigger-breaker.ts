// The breaker of the lab bench's recursive-trigger switch: counts the pipeline runs each original photo
// started (the upload's own run and every run its thumbnails re-triggered) and refuses new ones once the
// switch's maxRuns is reached, so the loop is real but can never write forever. It also adds up the billed
// step time, for the bill the loop ran up. Process-wide like the switches (the workflow steps run in this
// process); cleared when the switch is turned on again or all switches are reset.
import { describeLoop, type LoopUsage } from "../../core/costs/recursive-loop-bill";

export type LoopRecord = LoopUsage & { imageId: string; tripped: boolean; maxRuns: number; startedAt: number; summary: string };

type Entry = { runs: number; invocations: number; gbSeconds: number; startedAt: number; lastAt: number; tripped: boolean; maxRuns: number };
const holder = globalThis as unknown as { __recursiveLoops?: Map<string, Entry> };
const loops = () => (holder.__recursiveLoops ??= new Map());

/** A run is about to start for `imageId`: true when it may (and it is counted), false once the breaker tripped. */
export function admitLoopRun(imageId: string, maxRuns: number): boolean {
  const now = Date.now();
  const entry = loops().get(imageId) ?? { runs: 0, invocations: 0, gbSeconds: 0, startedAt: now, lastAt: now, tripped: false, maxRuns };
  loops().set(imageId, entry);
  entry.maxRuns = maxRuns;
  if (entry.runs >= maxRuns) {
    entry.tripped = true;
    return false;
  }
  entry.runs += 1;
  entry.lastAt = now;
  return true;
}

/** One step invocation of a counted run finished: its billed GB-seconds join the loop's bill. */
export function recordLoopInvocation(imageId: string, gbSeconds: number): void {
  const entry = loops().get(imageId);
  if (!entry) return;
  entry.invocations += 1;
  entry.gbSeconds += gbSeconds;
  entry.lastAt = Date.now();
}

export function loopRecords(): LoopRecord[] {
  return [...loops()].map(([imageId, e]) => {
    const usage = { runs: e.runs, invocations: e.invocations, gbSeconds: e.gbSeconds, elapsedMs: e.lastAt - e.startedAt };
    return {
      imageId,
      ...usage,
      tripped: e.tripped,
      maxRuns: e.maxRuns,
      startedAt: e.startedAt,
      summary: describeLoop(usage, e.tripped, e.maxRuns),
    };
  });
}

export function resetLoopBreaker(): void {
  loops().clear();
}
