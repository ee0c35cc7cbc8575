"use client";
// Polls GET /api/lens/functions (about once a second while visible) for the runtime and cost sections.
import { useCallback, useEffect, useState } from "react";
import type { FunctionsJson } from "./lens-feed-types";

export function useFunctionsReport(intervalMs = 1000): { report: FunctionsJson | null; refresh: () => Promise<void> } {
  const [report, setReport] = useState<FunctionsJson | null>(null);
  const refresh = useCallback(async () => {
    const r = await fetch("/api/lens/functions", { cache: "no-store" });
    if (r.ok) setReport((await r.json()) as FunctionsJson);
  }, []);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      if (document.visibilityState === "visible") await refresh().catch(() => undefined);
      if (!stopped) timer = setTimeout(tick, intervalMs);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [refresh, intervalMs]);
  return { report, refresh };
}
