// 简体中文: the "Language" control, and the golden journey (search → pet → add to cart → cart → checkout → order
// history) in Chinese in both stores — the monolith also with JavaScript off (@nojs). On every page the journey
// visits, <html lang> is "zh-CN", no English message of the UI is left in the visible text (a key that fell back
// to English fails the test), and axe finds no serious or critical WCAG violation.
import type { Page } from "@playwright/test";
import { expectAccessible, expectChinesePage } from "./chinese-text";
import { test, expect, uniqueEmail, type Mode } from "./fixtures";

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

    await page.goto(at(`/search?q=Biscuit`));
    await expect(page.getByRole("heading", { name: "“Biscuit”的搜索结果" })).toBeVisible();
    await expectChinesePage(page, "search");
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
});
