import "server-only";
// Deployed on Vercel, a function's instances are real: the platform starts one (a cold start), sends it
// requests while it is warm, and reclaims it. This module then *observes* instead of simulating: its state is
// module-level on purpose, because on Vercel each function bundle is its own process, so this map lives exactly
// as long as the instance does. The first call in an instance is the cold one and runs the function's init();
// calls that arrive while init() is still running wait for it and are warm (Fluid compute sends one instance
// several requests at once). Throttling and idle reclaim are the platform's, so there are none here.
import { randomUUID } from "node:crypto";
import type { InstanceFacts } from "../../core/functions/summarize-invocations";

type Observed = { id: string; createdAt: number; lastUsedAt: number; invocations: number; busy: number; state: Promise<unknown> };

const instances = new Map<string, Observed>();

export type ObservedEntry<S> = { id: string; cold: boolean; state: S };

/** Enters this process's instance of `functionName`, creating it (cold, running init) on its first call. */
export async function enterObservedInstance<S>(
  functionName: string,
  init: () => Promise<S>,
  region: string | null,
  now = Date.now(),
): Promise<ObservedEntry<S>> {
  let instance = instances.get(functionName);
  const cold = instance === undefined;
  if (!instance) {
    const created: Observed = {
      id: `${region ?? "vercel"}-${randomUUID().slice(0, 8)}`,
      createdAt: now,
      lastUsedAt: now,
      invocations: 0,
      busy: 0,
      state: init(),
    };
    // A failed cold start leaves no instance behind: the next call starts cold again.
    created.state.catch(() => {
      if (instances.get(functionName) === created) instances.delete(functionName);
    });
    instances.set(functionName, created);
    instance = created;
  }
  instance.busy += 1;
  instance.invocations += 1;
  try {
    return { id: instance.id, cold, state: (await instance.state) as S };
  } catch (e) {
    instance.busy -= 1;
    throw e;
  }
}

/** Leaves the instance, keeping the state the handler may have replaced (e.g. a reloaded index). */
export function leaveObservedInstance(functionName: string, id: string, state: unknown, now = Date.now()): void {
  const instance = instances.get(functionName);
  if (!instance || instance.id !== id) return;
  instance.busy = Math.max(0, instance.busy - 1);
  instance.lastUsedAt = now;
  instance.state = Promise.resolve(state);
}

export function listObservedInstances(): InstanceFacts[] {
  return Array.from(instances, ([functionName, i]) => ({
    functionName,
    id: i.id,
    busy: i.busy > 0,
    createdAt: i.createdAt,
    lastUsedAt: i.lastUsedAt,
    invocations: i.invocations,
  }));
}

/** Forgets the instances (tests only: on Vercel an instance ends when the platform reclaims it). */
export function resetObservedInstances(): void {
  instances.clear();
}
