"use client";
// One lens feed for the whole /architecture page: the live diagrams and the hybrid section's routing facade read
// the same polled events and the same clock, so a page polls the lens endpoints once however many live nodes it
// draws, and every node lights up and counts by one rule (lens/model/node-activity.ts).
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { LensEvent } from "../model/lens-feed-types";
import { nodeActivity, type NodeActivity, type NodeId } from "../model/node-activity";
import { useLensFeed } from "./use-lens-feed";

export type SharedLensFeed = {
  events: LensEvent[];
  /** The server's clock, re-read twice a second so a node dims after its traffic stops. */
  now: number;
  activity: Partial<Record<NodeId, NodeActivity>>;
};

const LensFeedContext = createContext<SharedLensFeed | null>(null);

export function LensFeedProvider({ children }: { children: ReactNode }) {
  const { events, serverNow } = useLensFeed();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(serverNow()), 500);
    return () => clearInterval(t);
  }, [serverNow]);
  const activity = useMemo(() => nodeActivity(events, now), [events, now]);
  const value = useMemo(() => ({ events, now, activity }), [events, now, activity]);
  return <LensFeedContext.Provider value={value}>{children}</LensFeedContext.Provider>;
}

/** The page's shared feed, or null outside a LensFeedProvider. */
export function useSharedLensFeed(): SharedLensFeed | null {
  return useContext(LensFeedContext);
}
