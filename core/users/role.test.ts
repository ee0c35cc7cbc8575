import { describe, expect, it } from "vitest";
import { parseRole } from "./role";

describe("parseRole", () => {
  it("grants admin only for exactly 'admin'", () => {
    expect(parseRole("admin")).toBe("admin");
    for (const v of ["customer", "Admin", " admin", "", null, undefined, 1, { role: "admin" }]) expect(parseRole(v)).toBe("customer");
  });
});
