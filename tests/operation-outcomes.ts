// How the operation tests read what an operation did: the AppError it refused with, or a one-word outcome, and a
// form as a browser would post it. One place, so the refusal tests of sign-in, registration and the throttle agree.
import { expect, vi } from "vitest";
import { AppError } from "../core/errors/app-error";

/** The AppError `p` rejects with (the test fails if it resolves or rejects with anything else). */
export async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

/** "ok", or the refusal's code; with `waitMessage`, a rate limit reads "wait: <its message>". */
export async function outcome(p: Promise<unknown>, { waitMessage = false } = {}): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return waitMessage && e.code === "rate_limited" ? `wait: ${e.message}` : e.code;
  }
}

/** The clock reads `ms` from now on (only Date is faked: the throttles read it, timers run as usual). */
export function clockAt(ms: number): void {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(ms);
}

export function formOf(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}
