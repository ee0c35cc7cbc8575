// The audience screen's evidence is public, and each read looks through the lens's span store: a loop from one
// address gets 429 past the class-evidence row; another address is not held back.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/class/evidence/route";

const from = (address: string) => new Request("http://localhost/api/class/evidence", { headers: { "x-forwarded-for": address } });

describe("GET /api/class/evidence", () => {
  it("answers a screen's polls and refuses a loop with 429, per address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 245; i++) statuses.push((await GET(from("10.77.0.1"))).status);
    expect(statuses.slice(0, 240).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(240).every((s) => s === 429)).toBe(true);
    expect((await GET(from("10.77.0.2"))).status).toBe(200);
  });
});
