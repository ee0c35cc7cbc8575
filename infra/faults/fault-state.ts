// The one place the lab bench's failure switches live. Process-wide (globalThis, like the function runtime's
// pools) so every route bundle Next loads, the image consumer and the workflow steps see the same switches.
// Kept behind a small interface (get / set / reset / list) so the state can move to the database later without
// touching the parts that ask "is this switch on?".
import { FAULT_NAMES, FAULTS, type FaultName, type FaultParams } from "../../core/faults/fault-catalog";

export type FaultSetting<N extends FaultName = FaultName> = { enabled: boolean; params: FaultParams<N> };

type Store = Map<FaultName, FaultSetting>;
const holder = globalThis as unknown as { __labFaults?: Store };

function store(): Store {
  holder.__labFaults ??= new Map();
  return holder.__labFaults;
}

export const faultState = {
  /** The switch's setting (off with its default settings when never touched). */
  get<N extends FaultName>(name: N): FaultSetting<N> {
    return (store().get(name) as FaultSetting<N> | undefined) ?? { enabled: false, params: { ...FAULTS[name].defaults } as FaultParams<N> };
  },
  set<N extends FaultName>(name: N, setting: FaultSetting<N>): void {
    store().set(name, setting as FaultSetting);
  },
  reset(): void {
    store().clear();
  },
  list(): ({ name: FaultName } & FaultSetting)[] {
    return FAULT_NAMES.map((name) => ({ name, ...faultState.get(name) }));
  },
};

/** The switch's settings when it is on, else null: `const f = activeFault("database-latency"); if (f) …`. */
export function activeFault<N extends FaultName>(name: N): FaultParams<N> | null {
  const setting = faultState.get(name);
  return setting.enabled ? setting.params : null;
}

export const faultSleep = (ms: number) => (ms > 0 ? new Promise<void>((r) => setTimeout(r, ms)) : Promise.resolve());
