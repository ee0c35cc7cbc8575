"use client";
// Polls the lens endpoints about once a second while the tab is visible (a hidden tab costs nothing) and
// keeps the last few hundred events. Times are the server's: the offset to this browser's clock is measured
// on each answer so "active" means "seen within the last few seconds" on the server's clock.
import { useCallback, useRef, useState } from "react";
import { usePolling } from "@/components/use-polling";
import { eventsFromInvocations, eventsFromSpans } from "../model/lens-events";
import type { InvocationJson, LensEvent, LensSpan } from "../model/lens-feed-types";

const KEEP = 400;
const POLL_MS = 1000;
/**
 * Spans are stored when they end but paged by when they start, so a long span (the facade's decision around a
 * function call, a page render) starts before children already fetched and would fall behind a cursor set at
 * the newest start. Each poll looks back this far; `seen` drops the repeats.
 */
const LOOK_BACK_MS = 15_000;

export function useLensFeed(): { events: LensEvent[]; serverNow: () => number } {
  const [events, setEvents] = useState<LensEvent[]>([]);
  const offset = useRef(0);
  const since = useRef({ spans: 0, invocations: 0 });

  const seen = useRef(new Set<string>());

  // A failed tick is retried on the next one; a lens that misses a second is still a lens.
  usePolling(
    async (active) => {
      const [inv, sp] = await Promise.all([
        fetch(`/api/lens/invocations?since=${since.current.invocations}`, { cache: "no-store" }).then((r) =>
          r.ok ? (r.json() as Promise<{ now: number; invocations: InvocationJson[] }>) : null,
        ),
        fetch(`/api/lens/spans?since=${since.current.spans}&limit=300`, { cache: "no-store" })
          .then((r) => (r.ok ? (r.json() as Promise<{ spans: LensSpan[] }>) : null))
          .catch(() => null),
      ]);
      if (inv) {
        offset.current = inv.now - Date.now();
        since.current.invocations = Math.max(since.current.invocations, ...inv.invocations.map((i) => i.startedAt));
      }
      if (sp && sp.spans.length > 0)
        since.current.spans = Math.max(since.current.spans, Math.max(...sp.spans.map((s) => s.startMs)) - LOOK_BACK_MS);
      const fresh = [...eventsFromInvocations(inv?.invocations ?? []), ...eventsFromSpans(sp?.spans ?? [])].filter(
        (e) => !seen.current.has(e.key),
      );
      for (const e of fresh) seen.current.add(e.key);
      if (fresh.length > 0 && active()) setEvents((old) => [...old, ...fresh].sort((a, b) => a.at - b.at).slice(-KEEP));
    },
    POLL_MS,
    { onlyWhenVisible: true },
  );

  const serverNow = useCallback(() => Date.now() + offset.current, []);
  return { events, serverNow };
}
