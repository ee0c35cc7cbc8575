// Which diagram nodes are busy: from the lens feed's events, each node's call count over the recent window and
// whether it served a call in the last few seconds. One rule for every live node on /architecture (the two
// architectures' diagrams and the hybrid store's routing facade), so they light up and count the same way.
import type { LensEvent } from "./lens-feed-types";

export type NodeId = LensEvent["node"];
export type NodeActivity = { active: boolean; recentCalls: number };

/** A node stays lit this long after its last call: long enough to see, short enough to follow a click. */
export const ACTIVE_MS = 4000;
/** Calls older than this no longer count. */
export const RECENT_MS = 5 * 60_000;

export function nodeActivity(events: readonly LensEvent[], now: number): Partial<Record<NodeId, NodeActivity>> {
  const map: Partial<Record<NodeId, NodeActivity>> = {};
  for (const e of events) {
    if (now - e.at > RECENT_MS) continue;
    const a = (map[e.node] ??= { active: false, recentCalls: 0 });
    a.recentCalls += 1;
    if (now - e.at <= ACTIVE_MS) a.active = true;
  }
  return map;
}
