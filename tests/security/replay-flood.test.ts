// The public replay page (/class/replay/{run}, no key) reads and renders a whole recording (up to 5 MB) per view.
// A loop from one address must stop at the "replay-read" limit with a 429 a person can read (and Retry-After);
// a classmate on another address still opens it. Sent through the real proxy, as the attacker would send them.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { LIMITS } from "@/infra/throttle/throttle";

const address = () => `10.7.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const open = (from: string, path = "/class/replay/0b9d5c3e-8f5e-4a57-a1b0-6d3f7e2c9a11", language = "en") =>
  proxy(new NextRequest(`http://localhost${path}`, { headers: { "x-forwarded-for": from, "accept-language": language } }));

describe("the public replay page under a loop", () => {
  it("one address gets the limit's worth of views a minute, then 429 with a sentence and Retry-After", async () => {
    const from = address();
    const limit = LIMITS["replay-read"].points;
    for (let i = 0; i < limit; i++) expect((await open(from)).status).not.toBe(429);
    const refused = await open(from, "/class/replay/compare?a=x&b=y");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await refused.text()).toMatch(/^Too many requests from your network\. Please wait \d+ s and try again\.$/);
    expect(await (await open(from, "/class/replay/x", "zh-CN,zh;q=0.9")).text()).toMatch(/[\u4e00-\u9fff]/);
    // Another address, and the rest of the app from this one, are not held back.
    expect((await open(address())).status).not.toBe(429);
    expect((await proxy(new NextRequest("http://localhost/architecture", { headers: { "x-forwarded-for": from } }))).status).not.toBe(429);
  });
});
