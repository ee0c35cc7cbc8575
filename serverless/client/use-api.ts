// Loads data for a view: loading → data | error, with retry. `key` identifies the request (a change starts
// a new load; null means "nothing to load yet"). Stale answers for an older key are ignored.
import { useCallback, useEffect, useState } from "react";

export type ApiState<T> =
  | { status: "loading"; data?: undefined; error?: undefined; retry: () => void }
  | { status: "ok"; data: T; error?: undefined; retry: () => void }
  | { status: "error"; data?: undefined; error: unknown; retry: () => void };

type Settled<T> = { key: string; attempt: number; data?: T; error?: unknown; failed: boolean };

export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ApiState<T> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ key, attempt, data, failed: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled({ key, attempt, error, failed: true });
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; `key` says when the request really changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  if (key === null || !settled || settled.key !== key || settled.attempt !== attempt) return { status: "loading", retry };
  return settled.failed ? { status: "error", error: settled.error, retry } : { status: "ok", data: settled.data as T, retry };
}
