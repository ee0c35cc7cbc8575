"use client";
// Polls GET /api/lens/invocations?since=… (about once a second while visible): the function calls since a moment
// the server named (a class step's start), so the browser's clock never decides what counts.
import { useCallback, useState } from "react";
import { usePolling } from "@/components/use-polling";
import type { InvocationJson } from "../model/lens-feed-types";

export function useInvocationsSince(since: number, intervalMs = 1000): InvocationJson[] {
  const [invocations, setInvocations] = useState<InvocationJson[]>([]);
  const poll = useCallback(
    async (active: () => boolean) => {
      const r = await fetch(`/api/lens/invocations?since=${since}`, { cache: "no-store" });
      if (r.ok && active()) setInvocations(((await r.json()) as { invocations: InvocationJson[] }).invocations);
    },
    [since],
  );
  usePolling(poll, intervalMs, { onlyWhenVisible: true, restartKey: since });
  return invocations;
}
