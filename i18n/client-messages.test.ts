import { describe, expect, it } from "vitest";
import { en } from "../messages/en";
import { AREA_NAMESPACES, clientMessages, shellMessages } from "./client-messages";

describe("shellMessages", () => {
  it("sends only what the shell's client components show: the Lens button and dialog", () => {
    const picked = shellMessages(en);
    expect(Object.keys(picked).sort()).toEqual(["header", "lens", "lensPanel"]);
    expect(Object.keys(picked.lens as object).sort()).toEqual(["component", "ledger", "waterfall"]);
    expect(picked.lensPanel).toEqual(en.lensPanel);
    // The point of it: a monolith page carries a small part of the messages.
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(en).length / 10);
  });
});

describe("clientMessages", () => {
  it("leaves the area namespaces out, except the lens words every store page's Lens panel shows", () => {
    const picked = clientMessages(en);
    for (const area of AREA_NAMESPACES.filter((a) => a !== "lens")) expect(picked).not.toHaveProperty(area);
    expect(Object.keys(picked.lens as object).sort()).toEqual(["component", "ledger", "waterfall"]);
    expect(picked.header).toEqual(en.header);
    expect(picked.states).toEqual(en.states);
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(en).length / 2);
  });

  it("adds an area's whole namespace back", () => {
    const picked = clientMessages(en, ["lens", "admin"]);
    expect(picked.lens).toEqual(en.lens);
    expect(picked.admin).toEqual(en.admin);
    expect(picked).not.toHaveProperty("classroom");
  });
});
