// Pure bookkeeping of a function's instances (the part of a FaaS platform a teaching app can model exactly):
// an idle instance is reused (warm start); none idle → a new instance (cold start) unless the function is
// already at its concurrency limit (throttled); instances idle longer than the timeout are reclaimed.
// Time is passed in, never read, so the rules are testable to the millisecond.

export type FunctionInstance = {
  id: string;
  createdAt: number;
  lastUsedAt: number;
  busy: boolean;
  invocations: number;
};

export type InstancePool = { functionName: string; instances: FunctionInstance[]; nextSeq: number };

export type PoolLimits = { idleTimeoutMs: number; maxConcurrency: number };

export type Acquired =
  | { kind: "warm"; instance: FunctionInstance; expired: string[] }
  | { kind: "cold"; instance: FunctionInstance; expired: string[] }
  | { kind: "throttled"; busy: number; expired: string[] };

export function createInstancePool(functionName: string): InstancePool {
  return { functionName, instances: [], nextSeq: 1 };
}

/** An idle instance whose last use is at least `idleTimeoutMs` ago is gone (busy ones never expire). */
export function isExpired(instance: FunctionInstance, now: number, idleTimeoutMs: number): boolean {
  return !instance.busy && now - instance.lastUsedAt >= idleTimeoutMs;
}

/** Removes expired instances; returns their ids. */
export function expireIdleInstances(pool: InstancePool, now: number, idleTimeoutMs: number): string[] {
  const expired = pool.instances.filter((i) => isExpired(i, now, idleTimeoutMs)).map((i) => i.id);
  if (expired.length > 0) pool.instances = pool.instances.filter((i) => !expired.includes(i.id));
  return expired;
}

/**
 * Picks the instance for one invocation and marks it busy. Among idle instances the most recently used wins
 * (as on real platforms: the others stay idle and expire, so a quiet function shrinks back).
 */
export function acquireInstance(pool: InstancePool, now: number, limits: PoolLimits): Acquired {
  const expired = expireIdleInstances(pool, now, limits.idleTimeoutMs);
  const idle = pool.instances.filter((i) => !i.busy).sort((a, b) => b.lastUsedAt - a.lastUsedAt || b.createdAt - a.createdAt);
  const warm = idle[0];
  if (warm) {
    warm.busy = true;
    warm.lastUsedAt = now;
    warm.invocations += 1;
    return { kind: "warm", instance: warm, expired };
  }
  const busy = pool.instances.length;
  if (busy >= limits.maxConcurrency) return { kind: "throttled", busy, expired };
  const instance: FunctionInstance = {
    id: `${pool.functionName}-${pool.nextSeq}`,
    createdAt: now,
    lastUsedAt: now,
    busy: true,
    invocations: 1,
  };
  pool.nextSeq += 1;
  pool.instances.push(instance);
  return { kind: "cold", instance, expired };
}

/** The invocation ended: the instance is idle from `now` (its idle clock starts when it finishes). */
export function releaseInstance(pool: InstancePool, id: string, now: number): void {
  const instance = pool.instances.find((i) => i.id === id);
  if (!instance) return;
  instance.busy = false;
  instance.lastUsedAt = now;
}

/** A failed cold start leaves no instance behind (the next invocation is cold again). */
export function discardInstance(pool: InstancePool, id: string): void {
  pool.instances = pool.instances.filter((i) => i.id !== id);
}
