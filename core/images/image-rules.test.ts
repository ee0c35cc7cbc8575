import { describe, expect, it } from "vitest";
import {
  PIPELINE_STEPS,
  THUMBNAIL_SIZES,
  isAcceptedType,
  newPetSchema,
  originalKey,
  retryDelayMs,
  storageOutageDecision,
  thumbnailKey,
} from "./image-rules";

describe("image rules", () => {
  it("keys: originals and thumbnails live under different prefixes", () => {
    const id = "0b7c1f9e-1111-4222-8333-444455556666";
    expect(originalKey(id)).toBe(`uploads/${id}/original`);
    expect(THUMBNAIL_SIZES.map((s) => thumbnailKey(id, s))).toEqual([160, 480, 960].map((s) => `thumbnails/${id}/${s}.webp`));
    expect(thumbnailKey(id, 160).startsWith("uploads/")).toBe(false);
  });

  it("accepts only JPEG, PNG and WebP as detected formats (SVG refused)", () => {
    expect(["jpeg", "png", "webp"].every(isAcceptedType)).toBe(true);
    expect(isAcceptedType("svg")).toBe(false);
    expect(isAcceptedType("gif")).toBe(false);
    expect(isAcceptedType(undefined)).toBe(false);
  });

  it("steps run in the documented order", () => {
    expect(PIPELINE_STEPS).toEqual(["thumbnail", "store", "metadata", "index"]);
  });

  it("backs off exponentially with a cap", () => {
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(20)).toBe(30_000);
  });

  it("new-pet form: dollars to cents, whole stock, clear messages", () => {
    expect(newPetSchema.parse({ name: " Rex ", categorySlug: "dogs", priceCents: "49.99", stock: "3" })).toEqual({
      name: "Rex",
      categorySlug: "dogs",
      priceCents: 4999,
      stock: 3,
    });
    expect(newPetSchema.parse({ name: "Rex", categorySlug: "dogs", priceCents: 120, stock: 0 }).priceCents).toBe(12_000);
    const bad = newPetSchema.safeParse({ name: "", categorySlug: "Dogs!", priceCents: "-1", stock: "1.5" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual([
      "Name is required.",
      "Choose a category.",
      "Price must be an amount in dollars, like 120 or 49.99.",
      "Stock must be a whole number from 0 to 99999.",
    ]);
    expect(newPetSchema.safeParse({ name: "Rex", categorySlug: "dogs", priceCents: "0", stock: "1" }).error?.issues[0]?.message).toBe(
      "Price must be more than $0.",
    );
  });
});

describe("stored drafts", () => {
  it("read back in cents, unchanged (a draft is never re-parsed as dollars)", async () => {
    const { newPetDraftSchema } = await import("./image-rules");
    const draft = newPetSchema.parse({ name: "Rex", categorySlug: "dogs", priceCents: "49.99", stock: "2" });
    expect(newPetDraftSchema.parse(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });
});

describe("storageOutageDecision", () => {
  const since = new Date("2026-12-02T10:00:00Z");
  const at = (ms: number) => new Date(since.getTime() + ms);

  it("waits with bounded exponential backoff: 2 s, 4 s, 8 s, 16 s, then 30 s each", () => {
    const delays = [1, 2, 3, 4, 5, 6, 20].map((retry) => {
      const d = storageOutageDecision({ retry, waitingSince: since, now: at(1_000) });
      return d.wait ? d.retryInMs : -1;
    });
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it("keeps waiting for ten minutes by default — enough tries for it — then gives up with the reason", () => {
    expect(storageOutageDecision({ retry: 22, waitingSince: since, now: at(599_000) }).wait).toBe(true);
    expect(storageOutageDecision({ retry: 23, waitingSince: since, now: at(600_000) })).toEqual({
      wait: false,
      reason: "Object storage was unavailable for more than 10 min; the upload was given up.",
    });
  });

  it("takes its timings from the policy (short ones in tests)", () => {
    const policy = { baseMs: 100, maxMs: 250, maxWaitMs: 1_000 };
    expect(storageOutageDecision({ retry: 1, waitingSince: since, now: at(0) }, policy)).toMatchObject({ wait: true, retryInMs: 100 });
    expect(storageOutageDecision({ retry: 3, waitingSince: since, now: at(500) }, policy)).toMatchObject({ wait: true, retryInMs: 250 });
    expect(storageOutageDecision({ retry: 9, waitingSince: since, now: at(1_000) }, policy).wait).toBe(false);
  });
});
