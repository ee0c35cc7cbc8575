// The Chromium a script drives (benches, screenshots), as one executable path: the same choice the Playwright suite
// makes (find-browser.ts), with Playwright's managed Chromium spelled out, since Lighthouse needs a file to start.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { findBrowser } from "./find-browser";

export function chromiumPath(): string {
  const found = findBrowser({
    env: process.env,
    platform: process.platform,
    exists: existsSync,
    managedPath: () => chromium.executablePath(),
  });
  if (found.kind === "none") throw new Error(found.message);
  return found.kind === "path" ? found.executablePath : chromium.executablePath();
}
