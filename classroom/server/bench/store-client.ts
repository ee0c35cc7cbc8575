import "server-only";
// How a virtual user talks to the store: plain HTTP to this server's own loopback address (never a URL taken
// from a request), a cookie jar like a browser's, and every answer timed and recorded. A process-wide cap on
// requests in flight keeps the store usable for real visitors while a run is on.
import { billedDurationMs } from "../../../core/functions/billed-duration";
import { functionMemoryMb } from "../../../core/functions/function-memory";
import { recordObservation, type LoadStats } from "../../model/load-stats";
import type { Architecture } from "../../model/load-settings-schema";
import { CookieJar } from "../../../core/util/cookie-jar";

export const MAX_IN_FLIGHT = 24;
const REQUEST_TIMEOUT_MS = 15_000;

/** A counting semaphore: at most `limit` holders; the rest wait in line. */
export class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}
  async enter(): Promise<void> {
    if (this.active < this.limit) {
      this.active += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  leave(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}

export type RunContext = { base: string; stats: LoadStats; gate: Gate; signal: AbortSignal; noteError: (message: string) => void };

export type Answer = { status: number; text: string; headers: Headers };

/**
 * One request of a virtual user, recorded in the run's figures. Answers status 0 when no answer came (aborted,
 * refused, timed out) instead of throwing, so a journey can decide what to do next.
 */
export async function send(
  ctx: RunContext,
  arch: Architecture,
  jar: CookieJar | null,
  path: string,
  init: RequestInit = {},
): Promise<Answer> {
  if (!path.startsWith("/")) throw new Error("The load generator only requests paths on this server.");
  if (ctx.signal.aborted) return { status: 0, text: "", headers: new Headers() };
  await ctx.gate.enter();
  if (ctx.signal.aborted) {
    ctx.gate.leave(); // stopped while waiting for a slot: never sent
    return { status: 0, text: "", headers: new Headers() };
  }
  const t0 = performance.now();
  let status = 0;
  let text = "";
  let headers = new Headers();
  try {
    const requestHeaders = new Headers(init.headers);
    if (jar) requestHeaders.set("cookie", jar.header());
    const res = await fetch(`${ctx.base}${path}`, {
      ...init,
      headers: requestHeaders,
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
    });
    jar?.take(res);
    text = await res.text();
    status = res.status;
    headers = res.headers;
  } catch (e) {
    if (!ctx.signal.aborted)
      ctx.noteError(`${init.method ?? "GET"} ${path.split("?")[0]}: no answer (${e instanceof Error ? e.name : "error"})`);
  } finally {
    ctx.gate.leave();
  }
  if (ctx.signal.aborted && status === 0) return { status, text, headers }; // stopped: not a failure of the store
  const ms = Math.round((performance.now() - t0) * 10) / 10;
  const servedBy = headers.get("x-served-by") ?? "";
  const fnName = servedBy.startsWith("function:") ? servedBy.slice("function:".length) : null;
  const fn = fnName
    ? status === 429 && !headers.get("x-instance-id")
      ? ({ throttled: true } as const)
      : { cold: headers.get("x-cold-start") === "true", billedMs: billed(headers.get("x-duration-ms")), memoryMb: functionMemoryMb(fnName) }
    : undefined;
  recordObservation(ctx.stats, { at: Date.now(), arch, status, ms, fn });
  if (status >= 500 || status === 0) ctx.noteError(`${init.method ?? "GET"} ${path.split("?")[0]} → ${status}`);
  return { status, text, headers };
}

// What the function reported it ran (x-duration-ms), billed the way the invocation log bills it.
function billed(header: string | null): number {
  const ms = Number(header);
  return billedDurationMs(Number.isFinite(ms) ? ms : 0);
}

/** The value of a hidden form field in server-rendered HTML (the CSRF token, the idempotency key). */
export function hiddenField(html: string, name: string): string | null {
  const re = new RegExp(`name="${name}"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*name="${name}"`);
  const m = re.exec(html);
  const raw = m?.[1] ?? m?.[2];
  return raw === undefined
    ? null
    : raw
        .replace(/&amp;/g, "&")
        .replace(/&quot;/g, '"')
        .replace(/&#x27;|&#39;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">");
}
