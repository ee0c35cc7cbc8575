import { describe, expect, it } from "vitest";
import type { LensEvent } from "./lens-feed-types";
import { ACTIVE_MS, RECENT_MS, nodeActivity } from "./node-activity";

const at = (node: LensEvent["node"], when: number): LensEvent => ({
  key: `${node}:${when}`,
  node,
  at: when,
  name: "n",
  durationMs: 1,
  ok: true,
  detail: { kind: "trace", traceId: "" },
});

describe("node activity", () => {
  const now = 1_000_000;

  it("counts a node's recent calls and lights it only while a call is fresh", () => {
    const activity = nodeActivity(
      [
        at("monolith:routing-facade", now - 100),
        at("monolith:routing-facade", now - ACTIVE_MS - 1),
        at("monolith:web-server", now - ACTIVE_MS - 1),
        at("serverless:gateway", now - RECENT_MS - 1),
      ],
      now,
    );
    expect(activity["monolith:routing-facade"]).toEqual({ active: true, recentCalls: 2 });
    expect(activity["monolith:web-server"]).toEqual({ active: false, recentCalls: 1 });
    expect(activity["serverless:gateway"]).toBeUndefined();
  });
});
