import "server-only";
// ARCH: in the monolith, search, checkout and the image steps are plain calls inside the long-running server
// process. Here each is a *function*: this one runtime gives every function — the HTTP ones behind the gateway
// and each step of the image pipeline — instances that are created on demand (a cold start runs the function's
// init() once, e.g. loading the search index from blob storage), reused while warm, reclaimed after an idle
// timeout, capped in concurrency (throttled beyond it) and stopped at their timeout (core/functions/function-specs),
// the FaaS behaviour a Vercel or Lambda deployment of the same handler shows. One invoke path; two thin adapters:
// runFunction() for the gateway (below) and runPipelineFunction() for the workflow steps. The bookkeeping rules
// live in core/functions/instance-pool. Deployed on Vercel (VERCEL set) there is nothing to simulate: the runtime
// observes the real instance it runs in instead (./observed-instance; core/functions/runtime-mode), and the
// views say which of the two they show.
import type { Span } from "@opentelemetry/api";
import { AppError, isAppError } from "../../core/errors/app-error";
import { env, platformEnv } from "../../core/config/env";
import { LEDGER_ATTRIBUTES } from "../../core/costs/span-ledger";
import { billedDurationMs } from "../../core/functions/billed-duration";
import { functionTimeoutMs } from "../../core/functions/function-specs";
import {
  acquireInstance,
  createInstancePool,
  discardInstance,
  releaseInstance,
  type InstancePool,
} from "../../core/functions/instance-pool";
import { runtimeMode } from "../../core/functions/runtime-mode";
import { activeFault, faultSleep } from "../../infra/faults/fault-state";
import { withLensSpan, type LensComponent } from "../../lens/server/with-lens-span";
import type { VerifiedToken } from "../token/verify-baas-token";
import { errorResponse } from "../../infra/http/error-response";
import type { GatewayContext } from "../gateway/with-gateway";
import { recordInvocation } from "./invocation-log";
import { enterObservedInstance, leaveObservedInstance, listObservedInstances } from "./observed-instance";

export type FunctionContext<S> = {
  state: S; // what init() returned for this instance (mutable by the handler, e.g. a reloaded index)
  instanceId: string;
  cold: boolean;
  traceId: string;
  token: VerifiedToken | null;
};

export type ServerlessFunction<S> = {
  name: string;
  /** Runs once per instance, on its cold start. */
  init: () => Promise<S>;
  handle: (request: Request, ctx: FunctionContext<S>) => Promise<Response>;
};

export type RuntimeLimits = { idleTimeoutMs: number; coldStartExtraMs: number; maxConcurrency: number };

type Slot = { pool: InstancePool; states: Map<string, { state: unknown }> };
// Per process, shared by every route bundle Next loads (like the Prisma client).
const holder = globalThis as unknown as { __functionPools?: Map<string, Slot>; __functionLimits?: Partial<RuntimeLimits> };

/** The limits in force: env values, then the instructor's overrides, then the lab bench's failure switches. */
export function runtimeLimits(): RuntimeLimits {
  const e = env();
  const limits: RuntimeLimits = {
    idleTimeoutMs: e.FUNCTION_IDLE_TIMEOUT_MS,
    coldStartExtraMs: e.FUNCTION_COLD_START_EXTRA_MS,
    maxConcurrency: e.FUNCTION_MAX_CONCURRENCY,
    ...holder.__functionLimits,
  };
  const cap = activeFault("concurrency-limit");
  if (cap) limits.maxConcurrency = cap.limit;
  const coldDelay = activeFault("cold-start-delay");
  if (coldDelay) limits.coldStartExtraMs = coldDelay.ms;
  return limits;
}

/** Overrides the env limits at run time (tests, classroom demos); `{}` restores the env values. */
export function setRuntimeLimits(limits: Partial<RuntimeLimits>): void {
  holder.__functionLimits = limits;
}

function slot(name: string): Slot {
  holder.__functionPools ??= new Map();
  let s = holder.__functionPools.get(name);
  if (!s) {
    s = { pool: createInstancePool(name), states: new Map() };
    holder.__functionPools.set(name, s);
  }
  return s;
}

/** Live instances per function (for the architecture views): simulated here, observed on Vercel. */
export function listInstances(): {
  functionName: string;
  id: string;
  busy: boolean;
  createdAt: number;
  lastUsedAt: number;
  invocations: number;
}[] {
  if (runtimeMode(platformEnv()).kind === "observed") return listObservedInstances();
  return Array.from(holder.__functionPools?.values() ?? []).flatMap((s) =>
    s.pool.instances.map((i) => ({ functionName: s.pool.functionName, ...i })),
  );
}

/** Drops every instance of every function, HTTP or pipeline step (the next invocation of each is cold). */
export function resetFunctionInstances(): void {
  holder.__functionPools = new Map();
}

/** Thrown when the function is at its concurrency limit (429); the workflow retries a throttled step later. */
export class FunctionThrottledError extends AppError {
  constructor(functionName: string, limit: number) {
    super("rate_limited", { id: "function.throttled", params: { name: functionName, limit } }, { retryAfterSeconds: 1 });
  }
}

/** Thrown when an invocation ran past its timeout (504): the platform stops it and throws the instance away. */
export class FunctionTimeoutError extends AppError {
  constructor(functionName: string, timeoutMs: number) {
    super("timeout", { id: "function.timedOut", params: { name: functionName, ms: timeoutMs } });
  }
}

/** What one invocation was billed on: the figures the cost ledger reads from the function's span. */
export type InvocationMeta = {
  instanceId: string | null;
  cold: boolean;
  durationMs: number;
  billedMs: number;
  memoryMb: number;
  cpuMs: number | null;
};
export type InvocationOutcome<T> = ({ ok: true; value: T } | { ok: false; error: unknown }) & { meta: InvocationMeta };

type InvokeOptions<S, T> = {
  name: string;
  init: () => Promise<S>;
  traceId: string;
  /** The HTTP status the log records for a result (a Response's own status; 200 for a step's value). */
  statusOf: (value: T) => number;
  timeoutMs?: number;
  /** Extra handler time (the lab bench's "function timeout" switch makes a handler slow). */
  extraWorkMs?: number;
};

/** The one invoke path: instance (warm, cold or throttled), init on a cold start, timeout, invocation log. */
export async function invokeFunction<S, T>(
  options: InvokeOptions<S, T>,
  work: (ctx: { state: S; instanceId: string; cold: boolean; setState: (s: S) => void }) => Promise<T>,
): Promise<InvocationOutcome<T>> {
  const mode = runtimeMode(platformEnv());
  if (mode.kind === "observed") return invokeObserved(options, work, mode.region);
  const { name } = options;
  const limits = runtimeLimits();
  const timeoutMs = options.timeoutMs ?? functionTimeoutMs(name);
  const s = slot(name);
  const startedAt = Date.now();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const acquired = acquireInstance(s.pool, startedAt, limits);
  for (const id of acquired.expired) s.states.delete(id);
  const done = (
    outcome: { ok: true; value: T } | { ok: false; error: unknown },
    instanceId: string | null,
    cold: boolean,
  ): InvocationOutcome<T> => logOutcome(options, outcome, { instanceId, cold, startedAt, t0, cpu0 });

  if (acquired.kind === "throttled")
    return done({ ok: false, error: new FunctionThrottledError(name, limits.maxConcurrency) }, null, false);

  const { instance } = acquired;
  const cold = acquired.kind === "cold";
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const run = async (): Promise<T> => {
    if (cold) {
      try {
        await faultSleep(limits.coldStartExtraMs);
        s.states.set(instance.id, { state: await options.init() });
      } catch (e) {
        // A failed cold start leaves no half-initialised instance behind.
        discardInstance(s.pool, instance.id);
        throw e;
      }
    }
    const held = s.states.get(instance.id) as { state: S } | undefined;
    if (!held) throw new FunctionTimeoutError(name, timeoutMs); // thrown away by a timeout during init
    await faultSleep(options.extraWorkMs ?? 0);
    return work({ state: held.state, instanceId: instance.id, cold, setState: (next) => (held.state = next) });
  };
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new FunctionTimeoutError(name, timeoutMs));
    }, timeoutMs);
  });
  try {
    const value = await Promise.race([run(), deadline]);
    return done({ ok: true, value }, instance.id, cold);
  } catch (error) {
    return done({ ok: false, error }, instance.id, cold);
  } finally {
    clearTimeout(timer);
    if (timedOut) {
      // Like a platform that kills the instance at its timeout: its state is gone, the next call is cold.
      discardInstance(s.pool, instance.id);
      s.states.delete(instance.id);
    } else releaseInstance(s.pool, instance.id, Date.now());
  }
}

function logOutcome<S, T>(
  options: InvokeOptions<S, T>,
  outcome: { ok: true; value: T } | { ok: false; error: unknown },
  at: { instanceId: string | null; cold: boolean; startedAt: number; t0: number; cpu0: NodeJS.CpuUsage },
): InvocationOutcome<T> {
  const durationMs = Math.round((performance.now() - at.t0) * 100) / 100;
  // Active CPU, measured: Fluid compute bills the CPU a function uses, not its wall time. process.cpuUsage is the
  // whole process's, so invocations that overlap (and Next's own work meanwhile) count in each other's figure:
  // an upper bound on a busy server, close on a quiet one. A throttled call ran nothing.
  const cpu = process.cpuUsage(at.cpu0);
  const cpuMs = at.instanceId === null ? null : Math.round(((cpu.user + cpu.system) / 1000) * 100) / 100;
  const status = outcome.ok ? options.statusOf(outcome.value) : isAppError(outcome.error) ? outcome.error.status : 500;
  const record = recordInvocation({
    functionName: options.name,
    instanceId: at.instanceId,
    cold: at.cold,
    startedAt: at.startedAt,
    durationMs,
    billedMs: billedDurationMs(durationMs),
    cpuMs,
    status,
    traceId: options.traceId,
  });
  return {
    ...outcome,
    meta: { instanceId: at.instanceId, cold: at.cold, durationMs, billedMs: record.billedMs, memoryMb: record.memoryMb, cpuMs },
  };
}

// On Vercel the platform runs the instances, their concurrency and timeouts; this only notes which instance
// answered and whether it was its first call.
async function invokeObserved<S, T>(
  options: InvokeOptions<S, T>,
  work: (ctx: { state: S; instanceId: string; cold: boolean; setState: (s: S) => void }) => Promise<T>,
  region: string | null,
): Promise<InvocationOutcome<T>> {
  const startedAt = Date.now();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let entered: { id: string; cold: boolean } | null = null;
  try {
    const entry = await enterObservedInstance(options.name, options.init, region, startedAt);
    entered = entry;
    let state = entry.state;
    try {
      const value = await work({ state, instanceId: entry.id, cold: entry.cold, setState: (next) => (state = next) });
      return logOutcome(options, { ok: true, value }, { instanceId: entry.id, cold: entry.cold, startedAt, t0, cpu0 });
    } finally {
      leaveObservedInstance(options.name, entry.id, state);
    }
  } catch (error) {
    return logOutcome(options, { ok: false, error }, { instanceId: entered?.id ?? null, cold: entered?.cold ?? true, startedAt, t0, cpu0 });
  }
}

const COMPONENTS: Record<string, LensComponent> = { search: "search-function", purchase: "purchase-function" };

/** One lens span per invocation, filed under the function's component (search, purchase, else a pipeline step). */
export function withFunctionSpan<T>(name: string, fn: (span: Span) => Promise<T>): Promise<T> {
  return withLensSpan(
    `function ${name}`,
    { component: COMPONENTS[name] ?? "pipeline-step", mode: "serverless", attributes: { "faas.name": name } },
    fn,
  );
}

/** The figures the cost ledger prices a function's span with (core/costs/span-ledger). */
export function ledgerAttributes(meta: InvocationMeta): Record<string, number> {
  if (meta.instanceId === null) return {};
  return {
    [LEDGER_ATTRIBUTES.billedMs]: meta.billedMs,
    [LEDGER_ATTRIBUTES.memoryMb]: meta.memoryMb,
    ...(meta.cpuMs !== null ? { [LEDGER_ATTRIBUTES.cpuMs]: meta.cpuMs } : {}),
  };
}

/** Adapts a function to the gateway: `withGateway(options, runFunction(fn))`. */
export function runFunction<S, P>(fn: ServerlessFunction<S>): (request: Request, gw: GatewayContext<P>) => Promise<Response> {
  return (request, gw) =>
    withFunctionSpan(fn.name, async (span) => {
      // The lab bench's "function timeout" switch: a slow handler and a tight limit for the HTTP functions.
      const slow = activeFault("function-timeout");
      const outcome = await invokeFunction<S, Response>(
        {
          name: fn.name,
          init: fn.init,
          traceId: gw.traceId,
          statusOf: (r) => r.status,
          timeoutMs: slow?.timeoutMs,
          extraWorkMs: slow?.slowMs,
        },
        async (ctx) => {
          const fctx: FunctionContext<S> = {
            state: ctx.state,
            instanceId: ctx.instanceId,
            cold: ctx.cold,
            traceId: gw.traceId,
            token: gw.token,
          };
          const response = await fn.handle(request, fctx);
          ctx.setState(fctx.state);
          return response;
        },
      );
      const response = outcome.ok ? outcome.value : errorResponse(outcome.error, gw.traceId, request);
      const { instanceId, cold, durationMs } = outcome.meta;
      span.setAttributes(ledgerAttributes(outcome.meta));
      if (instanceId) response.headers.set("x-instance-id", instanceId);
      response.headers.set("x-cold-start", String(cold));
      response.headers.set("x-duration-ms", String(durationMs));
      span.setAttributes({
        "faas.coldstart": cold,
        "http.status_code": response.status,
        ...(instanceId ? { "faas.instance": instanceId } : {}),
      });
      return response;
    });
}
