// Issue 23, row 13: a form POST to /api/language with a malformed `Origin` header answered 500. Sent here as the
// attacker sends it, to the real route: a 403 (another site, or no site at all), never a 500.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/language/route";

const formPost = (origin: string) =>
  new NextRequest("http://localhost:3000/api/language", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin, host: "localhost:3000" },
    body: "locale=zh-CN&next=%2Fserverless",
  });

describe("POST /api/language with a malformed Origin", () => {
  for (const origin of ["http://[", "::::", "http://exa mple.com", "%"]) {
    it(`refuses Origin ${JSON.stringify(origin)} with 403`, async () => {
      const res = await POST(formPost(origin));
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe("forbidden");
    });
  }

  it("still takes the same site's form post", async () => {
    const res = await POST(formPost("http://localhost:3000"));
    expect(res.status).toBe(303);
  });
});
