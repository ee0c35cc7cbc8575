// The monolith's own authentication, end to end. Tests tagged @nojs also run with JavaScript turned off
// (project monolith-nojs): every form here is a plain HTML form answered by a 303 redirect.
import { test, expect, logIn, uniqueEmail, type Mode } from "./fixtures";
import type { Page } from "@playwright/test";

const GENERIC_LOGIN_ERROR = "That email and password don't match an account.";

async function register(page: Page, at: (path: string) => string, account: { name: string; email: string; password: string }) {
  await page.goto(at("/register"));
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

async function tryLogIn(page: Page, at: (path: string) => string, email: string, password: string) {
  await page.goto(at("/login"));
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

test.describe("monolith authentication", () => {
  test.skip(({ mode }: { mode: Mode }) => mode !== "monolith", "the monolith's own login");

  test("register, log out, log in again @nojs", async ({ page, at, mode }) => {
    const account = { name: "Robin Tester", email: uniqueEmail("register"), password: "correct-horse-battery" };
    await register(page, at, account);
    await expect(page).toHaveURL(/\/monolith$/);
    await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
    await expect(page.getByText("Hi, Robin Tester")).toBeVisible();

    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Log out" })).toHaveCount(0);

    await logIn(page, mode, { email: account.email, password: account.password });
    await expect(page.getByText("Hi, Robin Tester")).toBeVisible();
  });

  test("demo account logs in and returns to the page it came from @nojs", async ({ page, at }) => {
    await page.goto(at("/login?next=%2Fmonolith%2Fcart"));
    await expect(page.getByText("demo@petstore.test / demo-password")).toBeVisible();
    await page.getByLabel("Email").fill("demo@petstore.test");
    await page.getByLabel("Password").fill("demo-password");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page).toHaveURL(/\/monolith\/cart$/);
    await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();

    // The login page knows you are already logged in.
    await page.goto(at("/login"));
    await expect(page.getByRole("heading", { name: "You're already logged in" })).toBeVisible();
  });

  test("a wrong password and an unknown email get the same single message @nojs", async ({ page, at }) => {
    await tryLogIn(page, at, "demo@petstore.test", "not-the-password");
    await expect(page.getByRole("alert")).toHaveCount(1);
    await expect(page.getByRole("alert")).toHaveText(GENERIC_LOGIN_ERROR);
    await expect(page.getByLabel("Email")).toHaveValue("demo@petstore.test");
    await expect(page.getByLabel("Password")).toHaveValue("");

    await tryLogIn(page, at, uniqueEmail("nobody"), "whatever-password");
    await expect(page.getByRole("alert")).toHaveText(GENERIC_LOGIN_ERROR);
    await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
  });

  test("registration errors come back on the form with the name and email kept @nojs", async ({ page, at }) => {
    await register(page, at, { name: "Sam", email: "not-an-email", password: "long-enough-password" });
    await expect(page.getByRole("alert")).toHaveText("Enter a valid email address, like name@example.com.");
    await expect(page.getByRole("button", { name: "Create account" })).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue("Sam");
    await expect(page.getByLabel("Email")).toHaveValue("not-an-email");

    const email = uniqueEmail("short");
    await register(page, at, { name: "Sam", email, password: "short" });
    await expect(page.getByRole("alert")).toHaveText("Use at least 8 characters for your password.");
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await expect(page.getByLabel("Password")).toHaveValue("");

    await register(page, at, { name: "Demo Again", email: "demo@petstore.test", password: "another-password" });
    await expect(page.getByRole("alert")).toHaveText(
      "We could not create an account with that email. If you already have one, log in instead.",
    );
    await expect(page.getByRole("button", { name: "Create account" })).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue("Demo Again");
  });

  test("repeated failures for one email make the next attempt wait @nojs", async ({ page, at }) => {
    test.slow(); // nine logins with a memory-hard password hash each
    const email = uniqueEmail("throttled");
    const password = "the-right-password";
    await register(page, at, { name: "Throttled", email, password });
    await page.getByRole("button", { name: "Log out" }).click();
    for (let i = 0; i < 4; i++) {
      await tryLogIn(page, at, email, `wrong-password-${i}`);
      await expect(page.getByRole("alert")).toHaveText(GENERIC_LOGIN_ERROR);
    }
    // The 5th failure earns a short wait (4 s in the test server, LOGIN_FIRST_WAIT_MS); inside it even the right password is turned away. The form is
    // posted over HTTP (this browser's cookies) so that both posts land inside that second, then the page it
    // redirects to is opened in the browser.
    await page.goto(at("/login"));
    const csrfToken = await page.locator('input[name="csrfToken"]').first().getAttribute("value");
    const post = (pw: string) =>
      page.request.post(`/api${at("/login")}`, { form: { csrfToken: csrfToken!, email, password: pw }, maxRedirects: 0 });
    await post("wrong-password-4");
    const refused = await post(password);
    expect(refused.status()).toBe(303);
    await page.goto(refused.headers()["location"]!);
    await expect(page.getByRole("alert")).toHaveText(/^Too many attempts; try again in [1-4] seconds?\.$/);
    await expect(page.getByRole("button", { name: "Log out" })).toHaveCount(0);
    // It is a short wait, not a lockout: a moment later the right password works.
    await page.waitForTimeout(4_200);
    await tryLogIn(page, at, email, password);
    await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  });

  test("a form post without a CSRF token is refused with 403", async ({ request, at }) => {
    const res = await request.post(`/api${at("/login")}`, {
      form: { email: "demo@petstore.test", password: "demo-password" },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(403);
    expect(await res.text()).toContain("This form has expired");
  });

  test("logging in rotates the session id", async ({ page, at, mode, context }) => {
    await page.goto(at("/login"));
    const before = (await context.cookies()).find((c) => c.name === "pst_sid")?.value;
    expect(before).toBeTruthy();
    await logIn(page, mode);
    const after = (await context.cookies()).find((c) => c.name === "pst_sid");
    expect(after?.value).toBeTruthy();
    expect(after?.value).not.toBe(before);
    expect(after?.httpOnly).toBe(true);
  });
});
