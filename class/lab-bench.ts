import "server-only";
// The lab bench (failure switches and generated load) as the classroom sees it: a small interface, so lesson
// steps can ask for a fault or for load without knowing how the bench does it. Until the bench is on this
// branch the default answers "not available yet" and the presenter shows that next to the step.
import type { FaultName, LoadSetup } from "../core/lessons/lesson-schema";

export type LabBenchResult = { ok: true } | { ok: false; reason: string };
export type FaultState = { name: string; enabled: boolean; params?: Record<string, unknown> };
export type LabBenchSnapshot = { faults: FaultState[]; loadRunning: boolean };

export type LabBench = {
  setFault(name: FaultName, enabled: boolean, params?: Record<string, unknown>): Promise<LabBenchResult>;
  resetFaults(): Promise<LabBenchResult>;
  startLoad(settings: LoadSetup): Promise<LabBenchResult>;
  stopLoad(): Promise<LabBenchResult>;
  /** What is switched on right now; null when the bench cannot tell. */
  snapshot(): Promise<LabBenchSnapshot | null>;
};

export const NOT_AVAILABLE = "not available yet";

// TODO(lab bench): wire to /api/class/faults once it lands — call its fault and load modules directly here
// (setFault → PUT /api/class/faults/{name}, resetFaults → DELETE /api/class/faults, startLoad → POST
// /api/class/load, stopLoad → DELETE /api/class/load, snapshot → GET both), then make it the default below.
export const unavailableLabBench: LabBench = {
  setFault: async () => ({ ok: false, reason: NOT_AVAILABLE }),
  resetFaults: async () => ({ ok: false, reason: NOT_AVAILABLE }),
  startLoad: async () => ({ ok: false, reason: NOT_AVAILABLE }),
  stopLoad: async () => ({ ok: false, reason: NOT_AVAILABLE }),
  snapshot: async () => null,
};

const holder = globalThis as unknown as { __classLabBench?: LabBench };

export function labBench(): LabBench {
  return holder.__classLabBench ?? unavailableLabBench;
}

/** Tests (and the merge) plug a real bench in here. */
export function useLabBench(bench: LabBench | undefined): void {
  holder.__classLabBench = bench;
}
