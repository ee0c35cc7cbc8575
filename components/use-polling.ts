"use client";
// One polling loop for every page that watches the server (an upload's steps, the lens's function report, the
// cost meter …): call `poll` now, then again `intervalMs` after each call has finished (never two at once),
// until `poll` returns false, `enabled` turns false or the component goes away. A poll that throws is retried
// on the next tick. `poll` gets `active()`: false once the loop was stopped, so a late answer sets no state.
// Server-sent events (the classroom feed) are not polling and do not use this.
import { useEffect, useRef } from "react";

export type Poll = (active: () => boolean) => Promise<boolean | void> | boolean | void;

export type PollingOptions = {
  enabled?: boolean;
  /** Skip the call (but keep ticking) while the tab is hidden. */
  onlyWhenVisible?: boolean;
  /** A change starts the loop afresh (e.g. the id of the thing being watched). */
  restartKey?: unknown;
};

export function usePolling(
  poll: Poll,
  intervalMs: number,
  { enabled = true, onlyWhenVisible = false, restartKey }: PollingOptions = {},
): void {
  const pollRef = useRef(poll);
  useEffect(() => {
    pollRef.current = poll;
  });
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const active = () => !stopped;
    const tick = async () => {
      let again = true;
      if (!onlyWhenVisible || document.visibilityState === "visible") {
        try {
          again = (await pollRef.current(active)) !== false;
        } catch {
          // a dropped poll is retried on the next tick
        }
      }
      if (!stopped && again) timer = setTimeout(() => void tick(), intervalMs);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [enabled, intervalMs, onlyWhenVisible, restartKey]);
}
