import { describe, expect, it } from "vitest";
import { afterAuthPath, loginFormPath, registerFormPath } from "./auth-paths";

describe("afterAuthPath", () => {
  it("keeps a safe store path and drops one-off messages", () => {
    expect(afterAuthPath("/monolith/cart")).toBe("/monolith/cart");
    expect(afterAuthPath("/monolith/search?q=cat&page=2")).toBe("/monolith/search?q=cat&page=2");
    expect(afterAuthPath("/monolith?notice=You+are+logged+out.")).toBe("/monolith");
  });
  it("never goes off-site or back to the auth forms", () => {
    expect(afterAuthPath("https://evil.example/")).toBe("/monolith");
    expect(afterAuthPath("//evil.example/monolith")).toBe("/monolith");
    expect(afterAuthPath("/monolith/login?next=%2Fmonolith")).toBe("/monolith");
    expect(afterAuthPath("/monolith/register")).toBe("/monolith");
    expect(afterAuthPath(null)).toBe("/monolith");
    expect(afterAuthPath("/monolith/..//evil.example/x")).toBe("/monolith");
    expect(afterAuthPath("/monolith/x/../../monolith/login")).toBe("/monolith");
  });
});

describe("back to the form", () => {
  it("carries next, name and email — never the password", () => {
    const form = new FormData();
    form.set("next", "/monolith/cart");
    form.set("name", "Robin");
    form.set("email", "robin@example.com");
    form.set("password", "secret-secret");
    expect(registerFormPath(form)).toBe("/monolith/register?next=%2Fmonolith%2Fcart&name=Robin&email=robin%40example.com");
    expect(loginFormPath(form)).toBe("/monolith/login?next=%2Fmonolith%2Fcart&email=robin%40example.com");
    expect(loginFormPath(new FormData())).toBe("/monolith/login");
  });
});
