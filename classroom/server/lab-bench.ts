import "server-only";
// The lab bench (failure switches and generated load) as the classroom sees it: a small interface, so lesson
// steps can ask for a fault or for load without knowing how the bench does it. The default is the real bench;
// tests plug in a recorder (`useLabBench`), and `unavailableLabBench` says "not available yet".
import { parseInput } from "../../core/errors/parse-input";
import { errorSentence } from "../../core/errors/error-text";
import { loadSettingsSchema, normalizeLoadSettings } from "../model/load-settings-schema";
import type { FaultName, LoadSetup } from "../model/lesson-schema";
import { lessonLoadSettings } from "../model/lesson-load";
import { listInstances } from "../../serverless/runtime/function-runtime";
import { listFaults, resetFaults as resetAllFaults, switchFault } from "../../infra/faults/switch-fault";
import type { LabBenchResult } from "../model/screen-types";
import { isLoadRunning, startLoad, stopLoad } from "./bench/load-generator";

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

export const NOT_AVAILABLE = errorSentence("bench.notAvailable");

/** A bench that is not there (tests; a deployment without one): every request says so. */
export const unavailableLabBench: LabBench = {
  setFault: async () => ({ ok: false, reason: NOT_AVAILABLE }),
  resetFaults: async () => ({ ok: false, reason: NOT_AVAILABLE }),
  startLoad: async () => ({ ok: false, reason: NOT_AVAILABLE }),
  stopLoad: async () => ({ ok: false, reason: NOT_AVAILABLE }),
  snapshot: async () => null,
};

/** The real bench: the same fault switches and load generator that /api/class/faults and /api/class/load drive. */
export const realLabBench: LabBench = {
  async setFault(name, enabled, params) {
    try {
      await switchFault(name, { enabled, ...(params ? { params } : {}) });
      return { ok: true };
    } catch (e) {
      return { ok: false, reason: e instanceof Error ? e.message : errorSentence("bench.switchRefused") };
    }
  },
  async resetFaults() {
    await resetAllFaults();
    return { ok: true };
  },
  async startLoad(settings) {
    try {
      if (isLoadRunning()) await stopLoad();
      // The lesson's mix replaces the defaults, and the run samples the function instances every second as a
      // run started from /class/bench does (app/api/class/load/route.ts), so its "Function instances" chart draws.
      await startLoad(normalizeLoadSettings(parseInput(loadSettingsSchema, lessonLoadSettings(settings))), {
        instances: () => listInstances().length,
      });
      return { ok: true };
    } catch (e) {
      return { ok: false, reason: e instanceof Error ? e.message : errorSentence("bench.loadRefused") };
    }
  },
  async stopLoad() {
    await stopLoad();
    return { ok: true };
  },
  async snapshot() {
    return {
      faults: (await listFaults()).map((f) => ({ name: f.name, enabled: f.enabled, params: f.params })),
      loadRunning: isLoadRunning(),
    };
  },
};

const holder = globalThis as unknown as { __classLabBench?: LabBench };

export function labBench(): LabBench {
  return holder.__classLabBench ?? realLabBench;
}

/** Tests (and the merge) plug a real bench in here. */
export function useLabBench(bench: LabBench | undefined): void {
  holder.__classLabBench = bench;
}
