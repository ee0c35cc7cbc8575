"use client";
// Follows the class over server-sent events. Keeps the newest view (by version) so a late message never moves
// the screen back; a `count` message (a join, an answer) updates only the counts of the view it belongs to; EventSource reconnects by itself (the server asks for a 1 s retry). The stream speaks the
// language of the cookie it was opened with, so choosing another language opens a new one (its first view has
// the same version and replaces the old words).
import { useCallback, useEffect, useState } from "react";
import { useLocale } from "next-intl";
import type { ClassCount, ClassView } from "@/classroom/model/screen-types";

export function useClassFeed(initial: ClassView, connection = 0): [ClassView, (v: ClassView) => void, boolean] {
  const [view, setView] = useState(initial);
  const [live, setLive] = useState(false);
  const locale = useLocale();
  const accept = useCallback((next: ClassView) => setView((prev) => (next.version >= prev.version ? next : prev)), []);
  useEffect(() => {
    let source: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      source = new EventSource("/api/class/events");
      source.onopen = () => setLive(true);
      source.onerror = () => {
        setLive(false);
        // EventSource retries a dropped stream by itself, but gives up on an error answer (a 429, a restart
        // mid-request): then try again a little later.
        if (source?.readyState === EventSource.CLOSED) retry = setTimeout(connect, 3_000);
      };
      source.addEventListener("count", (event) => {
        try {
          const count = JSON.parse((event as MessageEvent<string>).data) as ClassCount;
          setView((prev) =>
            prev.version === count.version && prev.runId === count.runId
              ? { ...prev, students: count.students, answered: count.answered }
              : prev,
          );
        } catch {
          // skipped: the next message carries the counts again
        }
      });
      source.onmessage = (event) => {
        try {
          accept(JSON.parse(event.data) as ClassView);
        } catch {
          // a broken message is skipped; the next one carries the whole view again
        }
      };
    };
    connect();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, [accept, connection, locale]);
  return [view, accept, live];
}
