// Issue 23, row 6: `/_next/image?url=%2Fapi%2Fclass%2Fevents&w=64&q=75` made the image optimizer fetch the class's
// event stream from this very server, which hung and held an event-stream slot until restart. Next refuses a local
// `url` that matches none of `images.localPatterns` (400) before it fetches anything; checked here with Next's own
// matcher on the app's real configuration.
import { describe, expect, it } from "vitest";
import { hasLocalMatch } from "next/dist/shared/lib/match-local-pattern";

describe("the image optimizer fetches only the public pictures", async () => {
  type Config = { images?: { localPatterns?: { pathname?: string; search?: string }[] } };
  const exported = (await import("../../next.config")).default as Config | ((phase: string, ctx: object) => Promise<Config>);
  // The plugins wrap the config in a function of the build phase, as Next calls it.
  const config = typeof exported === "function" ? await exported("phase-production-server", { defaultConfig: {} }) : exported;
  const patterns = config.images?.localPatterns;

  it("refuses the event stream and every other API route", () => {
    expect(patterns).toBeDefined(); // without any, Next allows every local URL
    for (const url of ["/api/class/events", "/api/lens/spans", "/api/class/state", "/monolith", "/_next/image?url=/api/blob/x"])
      expect(hasLocalMatch(patterns, url), url).toBe(false);
  });

  it("still allows a picture from the blob route", () => {
    expect(hasLocalMatch(patterns, "/api/blob/seed/dog-1-small.webp")).toBe(true);
  });
});
