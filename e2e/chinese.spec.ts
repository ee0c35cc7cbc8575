// 简体中文: the "Language" control, and the golden journey (a search in Chinese → pet → add to cart → cart → checkout → order
// history) in Chinese in both stores — the monolith also with JavaScript off (@nojs). On every page the journey
// visits, <html lang> is "zh-CN", no English message of the UI is left in the visible text (a key that fell back
// to English fails the test), and axe finds no serious or critical WCAG violation.
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { ADMIN_NAME, expectAccessible, expectChinesePage } from "./chinese-text";
import { ADMIN, test, expect, logIn, uniqueEmail, type Mode } from "./fixtures";

/**
 * With ZH_SCREENSHOTS=<folder>, the page as a desktop (1280) and a phone (390) visitor sees its top: a viewport
 * screenshot, not the whole tall page. `name` is the file name without ".png"; the phone one ends in "-phone".
 */
async function screenshots(page: Page, name: string, scrollTo?: string) {
  const folder = process.env.ZH_SCREENSHOTS;
  if (!folder) return;
  const before = page.viewportSize();
  for (const [suffix, size] of [
    ["", { width: 1280, height: 900 }],
    ["-phone", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    if (scrollTo) await page.locator(scrollTo).first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300); // let the layout settle after the resize
    await page.screenshot({ path: `${folder}/${name}${suffix}.png` });
  }
  if (before) await page.setViewportSize(before);
}

async function photo(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 180, g: 120, b: 200 } } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** Chooses 简体中文 with the header's Language control and checks the page stays where it was. */
async function chooseChinese(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page
    .getByRole("group", { name: /Language/ })
    .getByRole("button", { name: "简体中文" })
    .click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("group", { name: /Language/ }).getByRole("button", { name: "简体中文" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  expect(new URL(page.url()).pathname).toBe(path);
}

/**
 * A fresh customer (an empty cart, no one else's orders), registered on the Chinese register page. Accounts are
 * created in the monolith (both stores share one user table); the serverless store shows its own Chinese register
 * page, then logs in through its auth service.
 */
async function register(page: Page, mode: Mode, javaScriptEnabled: boolean) {
  const email = uniqueEmail("zh");
  const password = "chinese-journey-password";
  await chooseChinese(page, "/monolith/register");
  await expectChinesePage(page, "monolith register");
  await expectAccessible(page, "monolith register", javaScriptEnabled);
  await page.getByLabel("名字", { exact: true }).fill("中文测试");
  await page.getByLabel("邮箱", { exact: true }).fill(email);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  if (mode === "serverless") {
    await page.goto("/serverless/register");
    await expect(page.getByRole("link", { name: "在单体应用中创建账号" })).toBeVisible();
    await expectChinesePage(page, "serverless register");
    await page.goto("/serverless/login");
    await page.getByLabel("邮箱", { exact: true }).fill(email);
    await page.getByLabel("密码", { exact: true }).fill(password);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  }
}

test.describe("简体中文", () => {
  test("the Language control switches on the same page, and English comes back @nojs", async ({ page, at, mode }) => {
    const home = at("");
    if (mode === "serverless") {
      // In the SPA the switch happens in place: the document (and this marker in it) survives.
      await page.goto(home);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
      await page.getByRole("button", { name: "简体中文" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await expect(page.getByRole("link", { name: "购物车" })).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    } else {
      await chooseChinese(page, home);
      await expect(page.getByRole("link", { name: "购物车" })).toBeVisible();
    }
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "Cart", exact: true })).toBeVisible();
  });

  test("Accept-Language: zh-CN gives Chinese without a choice, and a choice wins over it", async ({ browser, at }) => {
    const context = await browser.newContext({ locale: "zh-CN", extraHTTPHeaders: { "accept-language": "zh-CN,zh;q=0.9" } });
    const page = await context.newPage();
    await page.goto(at(""));
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("API errors keep their code and speak the request's language", async ({ request }) => {
    const zh = await request.get("/api/baas/orders", { headers: { "accept-language": "zh-CN" } });
    const enAnswer = await request.get("/api/baas/orders", { headers: { "accept-language": "en" } });
    expect(zh.status()).toBe(401);
    const zhBody = (await zh.json()) as { error: { code: string; message: string } };
    const enBody = (await enAnswer.json()) as { error: { code: string; message: string } };
    expect(zhBody.error.code).toBe(enBody.error.code);
    expect(enBody.error.message).toMatch(/[A-Za-z]/);
    expect(zhBody.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test("golden journey in Chinese: search → pet → cart → checkout → order history @nojs", async ({ page, at, mode, javaScriptEnabled }) => {
    test.slow(); // many page loads on a small machine
    await register(page, mode, javaScriptEnabled);
    await page.goto(at(""));
    await expect(page.getByRole("heading", { name: "精选宠物" })).toBeVisible();
    await expectChinesePage(page, "home");
    await expectAccessible(page, "home", javaScriptEnabled);

    // A Chinese visitor types what the Dogs page calls the breed: "金毛" is the start of 金毛寻回犬.
    await page.goto(at(`/search?q=${encodeURIComponent("金毛")}`));
    await expect(page.getByRole("heading", { name: "“金毛”的搜索结果" })).toBeVisible();
    await expect(page.locator("mark").filter({ hasText: "金毛" }).first()).toBeVisible();
    await expectChinesePage(page, "search");
    await expectAccessible(page, "search", javaScriptEnabled);
    await page
      .getByRole("link", { name: /Biscuit/ })
      .first()
      .click();

    await expect(page.getByRole("heading", { name: "Biscuit", level: 1 })).toBeVisible();
    await expect(page.getByText("金毛寻回犬").first()).toBeVisible();
    await expect(page.getByText("US$950.00").first()).toBeVisible();
    await expectChinesePage(page, "pet");
    await expectAccessible(page, "pet", javaScriptEnabled);
    await page.getByLabel("数量").fill("1");
    await page.getByRole("button", { name: "加入购物车" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已将Biscuit加入购物车。" })).toBeVisible();

    await page.goto(at("/cart"));
    await expect(page.getByRole("heading", { name: "你的购物车" })).toBeVisible();
    await expect(page.getByRole("list", { name: "购物车商品" }).getByRole("link", { name: "Biscuit" })).toBeVisible();
    await expectChinesePage(page, "cart");
    await expectAccessible(page, "cart", javaScriptEnabled);

    await page.getByRole("link", { name: "去结账" }).click();
    await expect(page.getByRole("heading", { name: "结账" })).toBeVisible();
    await expect(page.getByRole("button", { name: "提交订单" })).toBeVisible();
    await expectChinesePage(page, "checkout");
    await page.getByRole("button", { name: "提交订单" }).click();

    await expect(page).toHaveURL(new RegExp(`/${mode}/orders\\?placed=\\d+$`));
    const orderId = new URL(page.url()).searchParams.get("placed");
    await expect(page.getByRole("status")).toContainText(`订单 #${orderId} 已提交`);
    await expect(page.getByRole("article", { name: `订单 #${orderId}`, exact: true })).toContainText("US$950.00");
    await expectChinesePage(page, "orders");
    await expectAccessible(page, "orders", javaScriptEnabled);
  });

  test("a refused quantity is explained in Chinese @nojs", async ({ page, at }) => {
    await chooseChinese(page, at(""));
    await page.goto(at(`/search?q=Mochi`));
    await page.getByRole("link", { name: /Mochi/ }).first().click();
    await page.getByLabel("数量").fill("0");
    await page.getByRole("button", { name: "加入购物车" }).click();
    await expect(page.getByRole("alert")).toHaveText("数量至少为 1。");
  });

  test("the admin page in Chinese: the form, a photo's steps and the recent uploads @nojs", async ({
    page,
    at,
    mode,
    javaScriptEnabled,
  }) => {
    test.setTimeout(90_000);
    await logIn(page, mode, ADMIN);
    await chooseChinese(page, at("/admin"));
    await expect(page.getByRole("heading", { name: "添加宠物", level: 1 })).toBeVisible();
    await expectChinesePage(page, `${mode} admin`, [ADMIN_NAME]);
    await expectAccessible(page, `${mode} admin`, javaScriptEnabled);

    const name = `中文上架 ${Date.now().toString(36)}`;
    await page.getByLabel("名字").fill(name);
    await page.getByLabel("分类").selectOption({ index: 0 });
    await expect(page.getByLabel("分类").locator("option").first()).toHaveText(/[\u4e00-\u9fff]/);
    await page.getByLabel("价格").fill("12.50");
    await page.getByLabel("库存").fill("2");
    await page.getByLabel("图片").setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: await photo() });
    await page.getByRole("button", { name: "添加宠物" }).click();
    await expect(page.getByTestId("upload-status").first()).toHaveText("已完成", { timeout: 60_000 });
    await expect(page.getByRole("status").filter({ hasText: `${name}已上架，可以搜索到了。` })).toBeVisible();
    await expect(page.getByRole("img", { name: `${name}的缩略图` })).toBeVisible();
    if (mode === "monolith") {
      // Without JavaScript the page reloads itself until done; the recent uploads then list the photo.
      if (!javaScriptEnabled) await expect(page.getByRole("link", { name })).toBeVisible({ timeout: 10_000 });
      else await page.reload();
      await expect(page.getByRole("heading", { name: "最近的上传" })).toBeVisible();
      await expect(page.getByRole("row").filter({ hasText: name }).first()).toContainText("已完成");
    }
    await expectChinesePage(page, `${mode} admin after an upload`, [ADMIN_NAME]);
    await expectAccessible(page, `${mode} admin after an upload`, javaScriptEnabled);
    if (javaScriptEnabled) await screenshots(page, `zh-admin-${mode}`);
  });

  test("the hybrid admin page in Chinese @nojs", async ({ page, mode, javaScriptEnabled }) => {
    test.skip(mode !== "monolith", "the hybrid store is one store: checked once, with JavaScript on and off");
    await chooseChinese(page, "/hybrid/login");
    await page.goto("/hybrid/admin");
    await expect(page).toHaveURL(/\/hybrid\/login\?next=/);
    await page.getByLabel("邮箱", { exact: true }).fill(ADMIN.email);
    await page.getByLabel("密码", { exact: true }).fill(ADMIN.password);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page).toHaveURL(/\/hybrid\/admin$/);
    await expect(page.getByRole("heading", { name: "添加宠物", level: 1 })).toBeVisible();
    for (const label of ["名字", "分类", "价格", "库存", "图片"]) await expect(page.getByLabel(label)).toBeVisible();
    await expectChinesePage(page, "hybrid admin", [ADMIN_NAME]);
    await expectAccessible(page, "hybrid admin", javaScriptEnabled);
    if (javaScriptEnabled) await screenshots(page, "zh-admin-hybrid");
  });

  test("the lens panel on a store page speaks Chinese", async ({ page, at, mode }) => {
    await chooseChinese(page, at(""));
    await page.goto(at("/search?q=Biscuit"));
    await expect(page.getByRole("heading", { name: "“Biscuit”的搜索结果" })).toBeVisible();
    await page.getByRole("button", { name: "透视", exact: true }).click();
    const panel = page.getByRole("dialog", { name: "架构透视" });
    await expect(panel).toBeVisible();
    const action = panel.getByRole("article", { name: /^操作 .*search\?q=Biscuit/ }).first();
    await expect(action).toBeVisible();
    await expect(action.getByText("往返次数")).toBeVisible();
    // The component column names the part that did the work in Chinese.
    await expect(action.getByText(mode === "monolith" ? "Web 服务器" : "搜索函数").first()).toBeVisible();
    await expectChinesePage(page, `${mode} lens panel`);
    await expectAccessible(page, `${mode} lens panel`, true);
    await screenshots(page, `zh-lens-panel-${mode}`);
  });

  test("/architecture and /architecture/compare in Chinese", async ({ page, mode }) => {
    test.skip(mode !== "serverless", "one page for both stores: checked once");
    test.slow();
    await chooseChinese(page, "/architecture");
    await expect(page.getByRole("heading", { name: "架构透视", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "单体应用", level: 2, exact: true })).toBeVisible();
    // A node of the live diagram lists its calls under its Chinese name.
    await page.getByRole("button", { name: /^λ 搜索：/ }).click();
    await expect(page.getByRole("heading", { name: "无服务器 · λ 搜索" })).toBeVisible();
    // The runtime panel: its mode, a function card and the read-only limits.
    await expect(page.getByText("实例：在本机模拟")).toBeVisible();
    await expect(page.locator('[data-function="search"]')).toContainText("调用次数");
    await expect(page.getByRole("heading", { name: "运行时限制" })).toBeVisible();
    // The cost meter: its note on the dollars, its figures, and the chart once it is near the screen.
    await expect(page.getByTestId("usd-note")).toContainText("美元");
    await expect(page.getByText("实测函数调用")).toBeVisible();
    await page.getByTestId("break-even").scrollIntoViewIfNeeded();
    await expect(page.getByText("无服务器（函数计算）").first()).toBeVisible({ timeout: 20_000 });
    // The pointer off the chart: a tooltip fading in under it would be scanned half-transparent.
    await page.mouse.move(0, 0);
    await expect(page.locator(".recharts-tooltip-wrapper").filter({ visible: true })).toHaveCount(0);
    await expectChinesePage(page, "/architecture");
    await expectAccessible(page, "/architecture", true);
    await page.getByRole("heading", { name: "架构透视", level: 1 }).scrollIntoViewIfNeeded();
    await screenshots(page, "zh-architecture-lens");
    await screenshots(page, "zh-architecture-runtime", "#runtime-heading");
    await screenshots(page, "zh-architecture-cost", "#cost-heading");

    await page.goto("/architecture/compare");
    await expect(page.getByRole("heading", { name: "对比同一个操作", level: 1 })).toBeVisible();
    await page.getByRole("button", { name: /^搜索/ }).click();
    await expect(page.getByTestId("differences")).toContainText("网络往返", { timeout: 30_000 });
    await expect(page.getByTestId("trace-monolith")).toContainText("GET 搜索页面（HTML）");
    await expect(page.getByTestId("trace-serverless")).toContainText("GET 搜索（函数）");
    await expectChinesePage(page, "/architecture/compare");
    await expectAccessible(page, "/architecture/compare", true);
    await screenshots(page, "zh-architecture-compare");
  });
});
