"use client";
// Polls GET /api/lens/functions (about once a second while visible) for the runtime and cost sections.
import { useCallback, useState } from "react";
import { usePolling } from "@/components/use-polling";
import type { FunctionsJson } from "../model/lens-feed-types";

export function useFunctionsReport(intervalMs = 1000): { report: FunctionsJson | null; refresh: () => Promise<void> } {
  const [report, setReport] = useState<FunctionsJson | null>(null);
  const refresh = useCallback(async () => {
    const r = await fetch("/api/lens/functions", { cache: "no-store" });
    if (r.ok) setReport((await r.json()) as FunctionsJson);
  }, []);
  usePolling(refresh, intervalMs, { onlyWhenVisible: true });
  return { report, refresh };
}
