import "server-only";
// ARCH: in the monolith, search and checkout are plain calls inside the long-running server process. Here
// each is a *function*: this runtime gives it instances that are created on demand (a cold start runs the
// function's init() once, e.g. loading the search index from blob storage), reused while warm, reclaimed
// after an idle timeout, and capped in concurrency (throttled beyond it) — the FaaS behaviour a Vercel or
// Lambda deployment of the same handler shows. The bookkeeping rules live in core/functions/instance-pool.
// Deployed on Vercel (VERCEL set) there is nothing to simulate: the runtime observes the real instance it runs
// in instead (./observed-instance; core/functions/runtime-mode), and the views say which of the two they show.
import type { Span } from "@opentelemetry/api";
import { AppError } from "../../core/errors/app-error";
import { env } from "../../core/config/env";
import { billedDurationMs } from "../../core/functions/billed-duration";
import {
  acquireInstance,
  createInstancePool,
  discardInstance,
  releaseInstance,
  type InstancePool,
} from "../../core/functions/instance-pool";
import type { VerifiedToken } from "../token/verify-baas-token";
import { errorResponse } from "../gateway/error-response";
import type { GatewayContext } from "../gateway/with-gateway";
import { runtimeMode } from "../../core/functions/runtime-mode";
import { recordInvocation } from "./invocation-log";
import { enterObservedInstance, leaveObservedInstance, listObservedInstances } from "./observed-instance";
import { withLensSpan } from "../../infra/telemetry/with-lens-span";

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

export function runtimeLimits(): RuntimeLimits {
  const e = env();
  return {
    idleTimeoutMs: e.FUNCTION_IDLE_TIMEOUT_MS,
    coldStartExtraMs: e.FUNCTION_COLD_START_EXTRA_MS,
    maxConcurrency: e.FUNCTION_MAX_CONCURRENCY,
    ...holder.__functionLimits,
  };
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
  if (runtimeMode(process.env).kind === "observed") return listObservedInstances();
  return Array.from(holder.__functionPools?.values() ?? []).flatMap((s) =>
    s.pool.instances.map((i) => ({ functionName: s.pool.functionName, ...i })),
  );
}

/** Drops every simulated instance (the next invocation of each function is cold). Real ones on Vercel are the platform's. */
export function resetFunctionInstances(): void {
  holder.__functionPools = new Map();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Adapts a function to the gateway: `withGateway(options, runFunction(fn))`. */
export function runFunction<S, P>(fn: ServerlessFunction<S>): (request: Request, gw: GatewayContext<P>) => Promise<Response> {
  // One lens span per invocation, filed under the function's component (search, purchase, else a step).
  const component = fn.name === "search" ? "search-function" : fn.name === "purchase" ? "purchase-function" : "pipeline-step";
  return (request, gw) =>
    withLensSpan(`function ${fn.name}`, { component, mode: "serverless", attributes: { "faas.name": fn.name } }, (span) =>
      invoke(fn, request, gw, span),
    );
}

async function invoke<S, P>(fn: ServerlessFunction<S>, request: Request, gw: GatewayContext<P>, span: Span): Promise<Response> {
  const mode = runtimeMode(process.env);
  if (mode.kind === "observed") return invokeObserved(fn, request, gw, span, mode.region);
  const limits = runtimeLimits();
  const s = slot(fn.name);
  const startedAt = Date.now();
  const t0 = performance.now();
  const acquired = acquireInstance(s.pool, startedAt, limits);
  for (const id of acquired.expired) s.states.delete(id);

  if (acquired.kind === "throttled") {
    const response = errorResponse(
      new AppError(
        "rate_limited",
        `The ${fn.name} function is at its limit of ${limits.maxConcurrency} concurrent runs. Please try again in a moment.`,
        { retryAfterSeconds: 1 },
      ),
      gw.traceId,
    );
    finish(response, { fn: fn.name, instanceId: null, cold: false, startedAt, t0, traceId: gw.traceId });
    return response;
  }

  const { instance } = acquired;
  const cold = acquired.kind === "cold";
  let response: Response;
  try {
    if (cold) {
      try {
        if (limits.coldStartExtraMs > 0) await sleep(limits.coldStartExtraMs);
        s.states.set(instance.id, { state: await fn.init() });
      } catch (e) {
        // A failed cold start leaves no half-initialised instance behind.
        discardInstance(s.pool, instance.id);
        throw e;
      }
    }
    const holderOfState = s.states.get(instance.id) as { state: S };
    const ctx: FunctionContext<S> = { state: holderOfState.state, instanceId: instance.id, cold, traceId: gw.traceId, token: gw.token };
    response = await fn.handle(request, ctx);
    holderOfState.state = ctx.state;
  } catch (e) {
    response = errorResponse(e, gw.traceId);
  } finally {
    releaseInstance(s.pool, instance.id, Date.now());
  }
  finish(response, { fn: fn.name, instanceId: instance.id, cold, startedAt, t0, traceId: gw.traceId });
  span.setAttributes({ "faas.coldstart": cold, "faas.instance": instance.id, "http.status_code": response.status });
  return response;
}

// On Vercel: the platform runs the instances; this only notes which one answered and whether it was its first call.
async function invokeObserved<S, P>(
  fn: ServerlessFunction<S>,
  request: Request,
  gw: GatewayContext<P>,
  span: Span,
  region: string | null,
): Promise<Response> {
  const startedAt = Date.now();
  const t0 = performance.now();
  let response: Response;
  let entered: { id: string; cold: boolean } | null = null;
  try {
    const entry = await enterObservedInstance(fn.name, fn.init, region, startedAt);
    entered = entry;
    const ctx: FunctionContext<S> = { state: entry.state, instanceId: entry.id, cold: entry.cold, traceId: gw.traceId, token: gw.token };
    try {
      response = await fn.handle(request, ctx);
    } finally {
      leaveObservedInstance(fn.name, entry.id, ctx.state);
    }
  } catch (e) {
    response = errorResponse(e, gw.traceId);
  }
  const cold = entered?.cold ?? true;
  finish(response, { fn: fn.name, instanceId: entered?.id ?? null, cold, startedAt, t0, traceId: gw.traceId });
  span.setAttributes({ "faas.coldstart": cold, "faas.instance": entered?.id ?? "none", "http.status_code": response.status });
  return response;
}

function finish(
  response: Response,
  r: { fn: string; instanceId: string | null; cold: boolean; startedAt: number; t0: number; traceId: string },
) {
  const durationMs = Math.round((performance.now() - r.t0) * 100) / 100;
  if (r.instanceId) response.headers.set("x-instance-id", r.instanceId);
  response.headers.set("x-cold-start", String(r.cold));
  response.headers.set("x-duration-ms", String(durationMs));
  recordInvocation({
    functionName: r.fn,
    instanceId: r.instanceId,
    cold: r.cold,
    startedAt: r.startedAt,
    durationMs,
    billedMs: billedDurationMs(durationMs),
    status: response.status,
    traceId: r.traceId,
  });
}
