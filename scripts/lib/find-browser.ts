// Which Chromium the Playwright suite drives, on any machine: CHROMIUM_PATH when set; else a Chromium or Chrome
// installed in the usual Linux and macOS places; else Playwright's own managed Chromium when it is downloaded
// (then no executablePath is needed); else one message naming the install command, before any test runs.
// Pure (the file system and platform come in as arguments) so every branch is unit-tested.

export const SYSTEM_BROWSERS: Record<string, string[]> = {
  linux: [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/snap/bin/chromium",
  ],
  darwin: ["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "/Applications/Chromium.app/Contents/MacOS/Chromium"],
};

export type BrowserChoice =
  | { kind: "path"; executablePath: string; source: "CHROMIUM_PATH" | "system" }
  | { kind: "playwright" } // Playwright's managed Chromium: launch without executablePath
  | { kind: "none"; message: string };

export type BrowserLookup = {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  exists: (file: string) => boolean;
  /** Where Playwright's managed Chromium would be (playwright-core's chromium.executablePath()), if it can say. */
  managedPath: () => string | undefined;
};

export function installHint(platform: NodeJS.Platform): string {
  const managed = "npx playwright install chromium";
  if (platform === "darwin") return `install Google Chrome, or run: ${managed}`;
  if (platform === "win32")
    return `run the tests inside WSL (Ubuntu: sudo apt install chromium-browser, or ${managed}), or run: ${managed}`;
  return `install it with your package manager (Debian/Ubuntu: sudo apt install chromium), or run: ${managed}`;
}

export function findBrowser({ env, platform, exists, managedPath }: BrowserLookup): BrowserChoice {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (exists(fromEnv)) return { kind: "path", executablePath: fromEnv, source: "CHROMIUM_PATH" };
    return {
      kind: "none",
      message: `CHROMIUM_PATH is ${fromEnv}, but there is no file there. Point it at a Chromium or Chrome, or unset it to look in the usual places.`,
    };
  }
  const system = (SYSTEM_BROWSERS[platform] ?? []).find(exists);
  if (system) return { kind: "path", executablePath: system, source: "system" };
  let managed: string | undefined;
  try {
    managed = managedPath();
  } catch {
    managed = undefined; // playwright-core could not say: treat as not installed
  }
  if (managed && exists(managed)) return { kind: "playwright" };
  return {
    kind: "none",
    message: `The end-to-end tests need Chromium and found none (looked at CHROMIUM_PATH, the usual install places, and Playwright's own browsers): ${installHint(platform)}. Or set CHROMIUM_PATH to a Chromium or Chrome.`,
  };
}
