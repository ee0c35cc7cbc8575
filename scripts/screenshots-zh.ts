// Screenshots of the 简体中文 pages for docs/screenshots/: both stores' home and a pet page, and /architecture,
// 1280 and 390 wide. Against a running app: `BASE_URL=http://127.0.0.1:3000 npx tsx scripts/screenshots-zh.ts`.
// Needs a CJK font on the machine (Debian: fonts-noto-cjk, which .ci/run installs).
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumPath } from "./lib/chromium-path";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const out = path.resolve(import.meta.dirname, "../docs/screenshots");

const pages = [
  { name: "zh-monolith-home", path: "/monolith", ready: "精选宠物" },
  { name: "zh-serverless-home", path: "/serverless", ready: "精选宠物" },
  { name: "zh-serverless-pet", path: "/serverless/search?q=Biscuit", ready: "“Biscuit”的搜索结果" },
  { name: "zh-architecture", path: "/architecture", ready: null },
  { name: "zh-front-door", path: "/", ready: null },
];

const launched = await chromium.launch({
  executablePath: chromiumPath(),
  args: ["--disable-gpu"],
});
try {
  for (const width of [1280, 390]) {
    const context = await launched.newContext({ viewport: { width, height: width === 390 ? 844 : 900 }, deviceScaleFactor: 1 });
    await context.addCookies([{ name: "pst-lang", value: "zh-CN", url: base }]);
    const page = await context.newPage();
    for (const shot of pages) {
      await page.goto(`${base}${shot.path}`);
      if (shot.ready) await page.getByRole("heading", { name: shot.ready }).waitFor();
      await page.waitForLoadState("networkidle").catch(() => undefined);
      const file = path.join(out, `${shot.name}-${width}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await launched.close();
}
