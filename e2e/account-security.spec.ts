// Nobody on the classroom network can become someone else — over real HTTP against the built server:
// no open redirect after logging in, no forged CSRF token from the old published secret, and one throttle for
// both stores' password checks (locking an email in the monolith locks it for next-auth too, and back).
// Plain HTTP that drives both stores' endpoints itself, so it runs once (in the monolith project), not per mode.
import { createHmac } from "node:crypto";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { test, expect, uniqueEmail } from "./fixtures";

const OLD_PUBLISHED_SECRET = "pet-store-twin-embedded-development-secret-change-me";
const PASSWORD = "account-security-pw";

test.skip(({ mode }) => mode !== "monolith", "plain HTTP, once");

function hiddenField(html: string, name: string): string {
  const value = new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1];
  if (!value) throw new Error(`no hidden field ${name}`);
  return value;
}

async function csrf(api: APIRequestContext, path = "/monolith/login"): Promise<string> {
  return hiddenField(await (await api.get(path)).text(), "csrfToken");
}

async function monolithLogIn(api: APIRequestContext, form: Record<string, string>, headers: Record<string, string> = {}) {
  return api.post("/api/monolith/login", { form: { csrfToken: await csrf(api), ...form }, headers, maxRedirects: 0 });
}

function errorOf(location: string | undefined): string | null {
  return location ? new URL(location, "http://x").searchParams.get("error") : null;
}

async function nextAuthSignIn(api: APIRequestContext, email: string, password: string, headers: Record<string, string> = {}) {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return api.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, headers });
}

/** A fresh account (one registration) so that locking it never disturbs the demo accounts other tests use. */
async function newAccount(baseURL: string): Promise<string> {
  const api = await playwrightRequest.newContext({ baseURL });
  const email = uniqueEmail("locked");
  const res = await api.post("/api/monolith/register", {
    form: { csrfToken: await csrf(api, "/monolith/register"), name: "Lock Tester", email, password: PASSWORD },
    maxRedirects: 0,
  });
  expect(errorOf(res.headers()["location"])).toBeNull();
  await api.dispose();
  return email;
}

test.describe("redirects after logging in", () => {
  for (const next of [
    "/monolith/..//evil.example/x",
    "//evil.example/x",
    "/\\evil.example",
    "/monolith/%2e%2e//evil.example",
    "https://evil.example/",
  ]) {
    test(`next=${next} stays on this site, relative`, async ({ request }) => {
      const res = await monolithLogIn(request, { email: "demo@petstore.test", password: "demo-password", next });
      expect(res.status()).toBe(303);
      expect(res.headers()["location"]).toBe("/monolith");
    });
  }

  test("a forged Host header never reaches the Location", async ({ request }) => {
    const res = await monolithLogIn(
      request,
      { email: "demo@petstore.test", password: "demo-password", next: "/monolith/cart" },
      { host: "evil.example" },
    );
    expect(res.status()).toBe(303);
    expect(res.headers()["location"]).toBe("/monolith/cart");
  });
});

test("a CSRF token made with the old published secret is refused (403)", async ({ request }) => {
  await request.get("/monolith/login"); // receive a session cookie
  const sid = (await request.storageState()).cookies.find((c) => c.name === "pst_sid")?.value;
  expect(sid).toBeTruthy();
  const forged = createHmac("sha256", OLD_PUBLISHED_SECRET).update(`csrf:${sid}`).digest("base64url");
  const res = await request.post("/api/monolith/login", {
    form: { csrfToken: forged, email: "demo@petstore.test", password: "demo-password" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
});

test.describe("one throttle for both stores", () => {
  test("5 failures in the monolith make next-auth refuse even the right password (429), and vice versa", async ({ baseURL }) => {
    test.slow();
    const api = await playwrightRequest.newContext({ baseURL });
    try {
      const email = await newAccount(baseURL!);
      for (let i = 0; i < 5; i++) {
        const res = await monolithLogIn(api, { email, password: `wrong-${i}` });
        expect(errorOf(res.headers()["location"])).toBe("That email and password don't match an account.");
      }
      const refused = await nextAuthSignIn(api, email, PASSWORD);
      expect(refused.status()).toBe(429);
      expect(Number(refused.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
      const { url } = (await refused.json()) as { url: string };
      expect(new URL(url).searchParams.get("error")).toMatch(/^Too many attempts; try again in \d+ seconds?\.$/);
      // The wait is short and then the right password works, in either store.
      await new Promise((resolve) => setTimeout(resolve, 4_200)); // LOGIN_FIRST_WAIT_MS in the test server
      expect((await nextAuthSignIn(api, email, PASSWORD)).status()).toBe(200);

      for (let i = 0; i < 5; i++) expect((await nextAuthSignIn(api, email, `wrong-${i}`)).status()).toBe(401);
      const monolith = await monolithLogIn(api, { email, password: PASSWORD });
      expect(errorOf(monolith.headers()["location"])).toMatch(/^Too many attempts; try again in \d+ seconds?\.$/);
    } finally {
      await api.dispose();
    }
  });

  test("a different X-Forwarded-For on every attempt does not escape the per-email wait", async ({ baseURL }) => {
    const api = await playwrightRequest.newContext({ baseURL });
    try {
      const email = await newAccount(baseURL!);
      for (let i = 0; i < 5; i++) await monolithLogIn(api, { email, password: `wrong-${i}` }, { "x-forwarded-for": `203.0.113.${i + 1}` });
      const res = await nextAuthSignIn(api, email, PASSWORD, { "x-forwarded-for": "203.0.113.77", "x-real-ip": "203.0.113.78" });
      expect(res.status()).toBe(429);
    } finally {
      await api.dispose();
    }
  });

  // That a rotating X-Forwarded-For cannot dodge a per-IP limit is tested once, against the real server in front
  // of Next (tests/after-build/first-run.test.ts); here it would spend 127.0.0.1's registration budget for the run.
});
