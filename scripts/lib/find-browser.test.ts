import { describe, expect, it } from "vitest";
import { findBrowser, type BrowserLookup } from "./find-browser";

const lookup = (files: string[], over: Partial<BrowserLookup> = {}): BrowserLookup => ({
  env: {},
  platform: "linux",
  exists: (f) => files.includes(f),
  managedPath: () => "/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome",
  ...over,
});

describe("findBrowser", () => {
  it("CHROMIUM_PATH wins when the file is there", () => {
    expect(findBrowser(lookup(["/opt/chrome", "/usr/bin/chromium"], { env: { CHROMIUM_PATH: "/opt/chrome" } }))).toEqual({
      kind: "path",
      executablePath: "/opt/chrome",
      source: "CHROMIUM_PATH",
    });
  });

  it("a CHROMIUM_PATH that points at nothing is a clear message, not a silent fallback", () => {
    const choice = findBrowser(lookup(["/usr/bin/chromium"], { env: { CHROMIUM_PATH: "/nope" } }));
    expect(choice).toEqual({ kind: "none", message: expect.stringContaining("CHROMIUM_PATH is /nope, but there is no file there") });
  });

  it("else a system Chromium or Chrome in the usual places", () => {
    expect(findBrowser(lookup(["/usr/bin/chromium"]))).toMatchObject({
      kind: "path",
      executablePath: "/usr/bin/chromium",
      source: "system",
    });
    expect(findBrowser(lookup(["/snap/bin/chromium"]))).toMatchObject({ executablePath: "/snap/bin/chromium" });
    const mac = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    expect(findBrowser(lookup([mac], { platform: "darwin" }))).toMatchObject({ executablePath: mac });
  });

  it("else Playwright's own Chromium when it is downloaded", () => {
    expect(findBrowser(lookup(["/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome"]))).toEqual({ kind: "playwright" });
  });

  it("none at all: one message with the install command for the platform", () => {
    const linux = findBrowser(lookup([]));
    expect(linux.kind).toBe("none");
    expect(linux).toMatchObject({ message: expect.stringContaining("sudo apt install chromium") });
    expect(linux).toMatchObject({ message: expect.stringContaining("npx playwright install chromium") });
    expect(findBrowser(lookup([], { platform: "darwin" }))).toMatchObject({
      message: expect.stringContaining("install Google Chrome, or run: npx playwright install chromium"),
    });
    expect(
      findBrowser(
        lookup([], {
          platform: "win32",
          managedPath: () => {
            throw new Error("unsupported");
          },
        }),
      ),
    ).toMatchObject({
      message: expect.stringContaining("WSL"),
    });
  });
});
