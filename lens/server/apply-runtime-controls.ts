import "server-only";
// Applies the teacher's runtime controls: new limits are merged over the ones in force (so setting the idle
// timeout keeps an earlier extra delay), restoreDefaults goes back to the env values, resetInstances drops
// every instance so the next call of each function is cold.
import { parseInput } from "../../core/errors/parse-input";
import { runtimeControlsSchema } from "../../core/functions/runtime-controls-schema";
import { resetFunctionInstances, runtimeLimits, setRuntimeLimits, type RuntimeLimits } from "../../serverless/runtime/function-runtime";

const holder = globalThis as unknown as { __lensLimitOverrides?: Partial<RuntimeLimits> };

export function applyRuntimeControls(body: unknown): RuntimeLimits {
  const controls = parseInput(runtimeControlsSchema, body);
  const { resetInstances, restoreDefaults, ...limits } = controls;
  const overrides = restoreDefaults ? {} : { ...holder.__lensLimitOverrides, ...limits };
  holder.__lensLimitOverrides = overrides;
  setRuntimeLimits(overrides);
  if (resetInstances) resetFunctionInstances();
  return runtimeLimits();
}
