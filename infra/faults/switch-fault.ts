// The operations behind /api/class/faults: list the switches with what to watch, turn one on or off (with its
// settings validated against its own schema), turn them all off.
import { parseInput } from "../../core/errors/parse-input";
import { AppError } from "../../core/errors/app-error";
import { FAULTS, faultSwitchSchema, isFaultName, parseFaultParams, type FaultName } from "../../core/faults/fault-catalog";
import { faultState } from "./fault-state";
import { loopRecords, resetLoopBreaker, type LoopRecord } from "./recursive-trigger-breaker";

export type FaultView = {
  name: FaultName;
  title: string;
  enabled: boolean;
  params: Record<string, unknown>;
  description: string;
  appliesTo: ("monolith" | "serverless")[];
  /** What the switch did so far, when it keeps a record (the recursive trigger's loops and their bill). */
  loops?: LoopRecord[];
};

export async function listFaults(): Promise<FaultView[]> {
  return (await faultState.list()).map((f) => ({
    name: f.name,
    title: FAULTS[f.name].title,
    enabled: f.enabled,
    params: f.params,
    description: FAULTS[f.name].description,
    appliesTo: FAULTS[f.name].appliesTo,
    ...(f.name === "recursive-trigger" ? { loops: loopRecords() } : {}),
  }));
}

export async function switchFault(name: string, body: unknown): Promise<FaultView> {
  if (!isFaultName(name)) throw AppError.of("not_found", "bench.noSwitch", { name });
  const input = parseInput(faultSwitchSchema, body);
  const params = parseFaultParams(name, input.params, faultState.get(name).params);
  // A new experiment starts with an empty breaker; turning it off keeps the record on screen.
  if (name === "recursive-trigger" && input.enabled) resetLoopBreaker();
  await faultState.set(name, { enabled: input.enabled, params });
  return (await listFaults()).find((f) => f.name === name)!;
}

export async function resetFaults(): Promise<FaultView[]> {
  await faultState.reset();
  resetLoopBreaker();
  return listFaults();
}
