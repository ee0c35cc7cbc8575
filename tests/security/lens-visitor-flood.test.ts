// Issue 23, row 4: the proxy minted a new visitor for every cookieless request, span posts included, so 201
// cookieless `POST /api/lens/spans` made 201 visitors and pushed another visitor's browser spans out of the lens
// (200 visitors). Sent here as the attacker sends them, through the real proxy.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const attacker = () => `10.4.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const mintedVisitor = (res: Response) => res.headers.getSetCookie().some((c) => c.startsWith("pst_vid="));

describe("no flood of new lens visitors", () => {
  it("201 cookieless span posts mint no visitor at all", async () => {
    const from = attacker();
    let minted = 0;
    for (let i = 0; i < 201; i++) {
      const res = await proxy(
        new NextRequest("http://localhost/api/lens/spans", {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": from },
          body: JSON.stringify({ spans: [] }),
        }),
      );
      if (mintedVisitor(res)) minted += 1;
    }
    expect(minted).toBe(0);
  });

  it("cookieless page views from one address mint at most VISITORS_PER_IP (60) visitors in 10 minutes", async () => {
    const from = attacker();
    let minted = 0;
    for (let i = 0; i < 201; i++) {
      const res = await proxy(new NextRequest("http://localhost/architecture", { headers: { "x-forwarded-for": from } }));
      if (mintedVisitor(res)) minted += 1;
    }
    expect(minted).toBe(60);
    // Another address (a classmate) still gets one.
    const res = await proxy(new NextRequest("http://localhost/architecture", { headers: { "x-forwarded-for": attacker() } }));
    expect(mintedVisitor(res)).toBe(true);
  });
});
