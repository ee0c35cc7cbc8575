// The authorization matrix: every API route method and the guarded pages of both stores × who is asking →
// the status the server must answer. One table, one loop, real HTTP against the built server.
//
// Who is asking:
//   anonymous  — no credentials at all (no cookie, no token, no key)
//   customer   — demo@petstore.test signed in to BOTH stores: the monolith's session cookie (+ its CSRF token for
//                forms) and next-auth's session cookie; `bearer` rows also carry its data-API token
//   admin      — admin@petstore.test, signed in the same two ways. An app admin is NOT the instructor.
//   instructor — only the x-class-key header (CLASS_KEY): no account, no session
//
// The requests are benign: where a row sends a body, it is an invalid one, so that a 400 (or a form's field
// error) proves the request got PAST authorization, while 401/403 (or a form's "log in" error) prove it was
// stopped there. Reads ask for something that does not exist where the answer would otherwise change state.
//
// To add a route: add a row. `auth` says which of the actor's credentials ride along; `expect` gives the status
// per actor (or `{ status, error }` for monolith form posts, which always answer 303 and carry their outcome in
// the `error` query parameter of the Location).
import { request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { test, expect, ADMIN, CLASS_KEY, DEMO } from "./fixtures";

type Actor = "anonymous" | "customer" | "admin" | "instructor";
const ACTORS: readonly Actor[] = ["anonymous", "customer", "admin", "instructor"];

type Expected = number | { status: number; error?: RegExp | null };

export type MatrixRow = {
  /** What the row is about, shown in failures. */
  name: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  /** none: only the actor's cookies/key; bearer: + Authorization with the actor's data-API token; form: a monolith form post with its CSRF token. */
  auth?: "none" | "bearer" | "form";
  json?: unknown;
  form?: Record<string, string>;
  /** Extra headers (e.g. Content-Length for an upload). */
  headers?: Record<string, string>;
  expect: Record<Actor, Expected>;
};

const same = (status: Expected): Record<Actor, Expected> => ({ anonymous: status, customer: status, admin: status, instructor: status });
const NO_SUCH_UUID = "00000000-0000-4000-8000-000000000000";

// prettier-ignore
export const MATRIX: MatrixRow[] = [
  // ---- pages: monolith (server-rendered; anonymous → 307 to the login page with a relative `next`) ----
  { name: "monolith admin page", method: "GET", path: "/monolith/admin", expect: { anonymous: 307, customer: 403, admin: 200, instructor: 307 } },
  { name: "monolith orders page", method: "GET", path: "/monolith/orders", expect: { anonymous: 307, customer: 200, admin: 200, instructor: 307 } },
  { name: "monolith checkout page", method: "GET", path: "/monolith/checkout", expect: { anonymous: 307, customer: 200, admin: 200, instructor: 307 } },
  { name: "monolith cart page (anonymous carts exist)", method: "GET", path: "/monolith/cart", expect: same(200) },
  // ---- pages: serverless (the SPA shell is public; its data comes from the guarded APIs below) ----
  { name: "serverless admin page (SPA shell)", method: "GET", path: "/serverless/admin", expect: same(200) },
  { name: "serverless orders page (SPA shell)", method: "GET", path: "/serverless/orders", expect: same(200) },
  { name: "serverless cart page (SPA shell)", method: "GET", path: "/serverless/cart", expect: same(200) },
  { name: "classroom page", method: "GET", path: "/class", expect: same(200) },
  { name: "architecture lens page", method: "GET", path: "/architecture", expect: same(200) },

  // ---- shared ----
  { name: "health", method: "GET", path: "/api/health", expect: same(200) },
  { name: "image status (public: random ids, no secrets)", method: "GET", path: `/api/images/${NO_SUCH_UUID}`, expect: same(404) },

  // ---- BaaS auth (next-auth) and the token service ----
  { name: "next-auth session", method: "GET", path: "/api/auth/session", expect: same(200) },
  { name: "next-auth CSRF token", method: "GET", path: "/api/auth/csrf", expect: same(200) },
  { name: "token service (anonymous gets a catalog-only token)", method: "GET", path: "/api/baas/token", expect: same(200) },
  { name: "token service is read-only", method: "POST", path: "/api/baas/token", expect: same(405) },
  { name: "token service is read-only (PUT)", method: "PUT", path: "/api/baas/token", expect: same(405) },
  { name: "token service is read-only (PATCH)", method: "PATCH", path: "/api/baas/token", expect: same(405) },
  { name: "token service is read-only (DELETE)", method: "DELETE", path: "/api/baas/token", expect: same(405) },

  // ---- data API (Bearer token required; anonymous and the instructor send none → 401) ----
  { name: "categories", method: "GET", path: "/api/baas/categories", auth: "bearer", expect: { anonymous: 401, customer: 200, admin: 200, instructor: 401 } },
  { name: "category pets", method: "GET", path: "/api/baas/categories/dogs/pets", auth: "bearer", expect: { anonymous: 401, customer: 200, admin: 200, instructor: 401 } },
  { name: "pets", method: "GET", path: "/api/baas/pets?featured=1", auth: "bearer", expect: { anonymous: 401, customer: 200, admin: 200, instructor: 401 } },
  { name: "a pet that does not exist", method: "GET", path: "/api/baas/pets/999999999", auth: "bearer", expect: { anonymous: 401, customer: 404, admin: 404, instructor: 401 } },
  { name: "own orders", method: "GET", path: "/api/baas/orders", auth: "bearer", expect: { anonymous: 401, customer: 200, admin: 200, instructor: 401 } },
  { name: "someone else's / no such order (owner-only: 404, never 403)", method: "GET", path: "/api/baas/orders/999999999", auth: "bearer", expect: { anonymous: 401, customer: 404, admin: 404, instructor: 401 } },
  ...(["POST", "PUT", "PATCH", "DELETE"] as const).flatMap((method) =>
    ["/api/baas/categories", "/api/baas/categories/dogs/pets", "/api/baas/pets", "/api/baas/pets/1", "/api/baas/orders", "/api/baas/orders/1"].map(
      (path): MatrixRow => ({ name: `data API is read-only (${method})`, method, path, auth: "bearer", expect: same(405) }),
    ),
  ),

  // ---- functions behind the gateway ----
  { name: "search function (public)", method: "GET", path: "/api/functions/search?q=dog&limit=1", auth: "bearer", expect: same(200) },
  ...(["POST", "PUT", "PATCH", "DELETE"] as const).map((method): MatrixRow => ({ name: `search is read-only (${method})`, method, path: "/api/functions/search", auth: "bearer", expect: same(405) })),
  // An empty body: 400 proves the token was accepted and the scope checked first.
  { name: "purchase function, invalid body", method: "POST", path: "/api/functions/purchase", auth: "bearer", json: {}, expect: { anonymous: 401, customer: 400, admin: 400, instructor: 401 } },
  ...(["GET", "PUT", "PATCH", "DELETE"] as const).map((method): MatrixRow => ({ name: `purchase is POST only (${method})`, method, path: "/api/functions/purchase", auth: "bearer", expect: same(405) })),

  // ---- serverless admin: upload token (next-auth session cookie, role re-read from the database) ----
  // An empty pet: 400 proves the caller passed the admin check.
  { name: "upload token, invalid pet", method: "POST", path: "/api/serverless/uploads", json: {}, expect: { anonymous: 401, customer: 403, admin: 400, instructor: 401 } },
  { name: "photo upload without an upload token", method: "PUT", path: `/api/serverless/uploads/${NO_SUCH_UUID}`, headers: { "content-type": "image/png" }, expect: same(401) },
  // Vercel Blob's handleUpload route exists only with BLOB_READ_WRITE_TOKEN (the e2e server has none); with it, the
  // admin is checked inside onBeforeGenerateToken (tests/after-build/blob-client-upload.test.ts).
  { name: "Blob handleUpload route without a Blob store", method: "POST", path: "/api/serverless/uploads/blob", json: {}, expect: same(404) },

  // ---- the lens ----
  { name: "lens functions", method: "GET", path: "/api/lens/functions", expect: same(200) },
  { name: "lens invocations", method: "GET", path: "/api/lens/invocations", expect: same(200) },
  { name: "lens spans", method: "GET", path: "/api/lens/spans?limit=1", expect: same(200) },
  { name: "lens browser spans, invalid batch", method: "POST", path: "/api/lens/spans", json: { spans: "not-a-list" }, expect: same(400) },
  // Changes the runtime for everyone: the instructor only. `{}` changes nothing and answers the limits.
  { name: "lens runtime controls", method: "POST", path: "/api/lens/runtime", json: {}, expect: { anonymous: 401, customer: 401, admin: 401, instructor: 200 } },
  { name: "lens runtime controls, invalid body", method: "POST", path: "/api/lens/runtime", json: { idleTimeoutMs: "soon" }, expect: { anonymous: 401, customer: 401, admin: 401, instructor: 400 } },

  // ---- monolith forms (CSRF-checked; every outcome is a 303 whose Location carries `error=` on failure) ----
  { name: "monolith add pet, empty fields", method: "POST", path: "/api/monolith/admin/pets", auth: "form", form: { name: "" }, expect: {
    anonymous: { status: 303, error: /Log in as an admin/ },
    customer: { status: 303, error: /Admins only/ },
    admin: { status: 303, error: /^(?!.*(Log in|Admins only)).+/ },
    instructor: { status: 303, error: /Log in as an admin/ },
  } },
  // Who may upload is checked before the body (and its CSRF token) is read: only the admin reaches the token check.
  { name: "monolith add pet without a CSRF token", method: "POST", path: "/api/monolith/admin/pets", form: { name: "" }, expect: {
    anonymous: { status: 303, error: /Log in as an admin/ },
    customer: { status: 303, error: /Admins only/ },
    admin: 403,
    instructor: { status: 303, error: /Log in as an admin/ },
  } },
  { name: "monolith checkout", method: "POST", path: "/api/monolith/checkout", auth: "form", form: { idempotencyKey: "short" }, expect: {
    anonymous: { status: 303, error: null }, // sent to the login page (no error: a redirect, not a failure)
    customer: { status: 303, error: /./ },
    admin: { status: 303, error: /./ },
    instructor: { status: 303, error: null },
  } },
  { name: "monolith add to cart, no such pet", method: "POST", path: "/api/monolith/cart/add", auth: "form", form: { petId: "999999999", quantity: "1" }, expect: same({ status: 303, error: /./ }) },
  { name: "monolith update cart, no such pet", method: "POST", path: "/api/monolith/cart/update", auth: "form", form: { petId: "999999999", quantity: "1" }, expect: same({ status: 303, error: /./ }) },
  { name: "monolith remove from cart, bad id", method: "POST", path: "/api/monolith/cart/remove", auth: "form", form: { petId: "x" }, expect: same({ status: 303, error: /./ }) },
  { name: "monolith cart without a CSRF token", method: "POST", path: "/api/monolith/cart/add", form: { petId: "1", quantity: "1" }, expect: same(403) },
  { name: "monolith register, invalid email (not counted by the throttle)", method: "POST", path: "/api/monolith/register", auth: "form", form: { name: "M", email: "not-an-email", password: "long-enough-pw" }, expect: same({ status: 303, error: /valid email/ }) },
  { name: "monolith login, unknown account", method: "POST", path: "/api/monolith/login", auth: "form", form: { email: "nobody-in-the-matrix@petstore.test", password: "wrong-password" }, expect: same({ status: 303, error: /don't match/ }) },
  // Issue 23: the once-published admin password opens nothing (the installation's own is random).
  { name: "monolith login as the admin with the published password", method: "POST", path: "/api/monolith/login", auth: "form", form: { email: "admin@petstore.test", password: "admin-password" }, expect: same({ status: 303, error: /don't match/ }) },

  // ---- issue 23: what a curious student tries next ----
  // The image optimizer fetches only the public pictures: an API route as its `url` is refused before any fetch.
  { name: "image optimizer with the class event stream as url", method: "GET", path: "/_next/image?url=%2Fapi%2Fclass%2Fevents&w=64&q=75", expect: same(400) },
  // A malformed Origin is another site (403), never a 500.
  { name: "language form post with a malformed Origin", method: "POST", path: "/api/language", form: { locale: "en" }, headers: { origin: "http://[" }, expect: same(403) },
];

type Credentials = { api: APIRequestContext; bearer?: string; csrf: string };

function hiddenField(html: string, name: string): string {
  const value = new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1];
  if (!value) throw new Error(`no hidden field ${name}`);
  return value;
}

/** The CSRF token of this cookie jar's monolith session: the login form (signed out) or the Log out form (signed in). */
async function monolithCsrf(api: APIRequestContext, signedIn: boolean): Promise<string> {
  return hiddenField(await (await api.get(signedIn ? "/monolith/cart" : "/monolith/login")).text(), "csrfToken");
}

/** Signs in to the monolith through its login form (cookie jar + the CSRF token scraped from the page). */
async function monolithLogIn(api: APIRequestContext, account: { email: string; password: string }) {
  const page = await (await api.get("/monolith/login")).text();
  const res = await api.post("/api/monolith/login", {
    form: { csrfToken: hiddenField(page, "csrfToken"), email: account.email, password: account.password, next: "/monolith" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(303);
  expect(res.headers()["location"]).toBe("/monolith");
}

/** Signs in to next-auth (BaaS auth): its CSRF token, then the credentials callback. */
async function nextAuthSignIn(api: APIRequestContext, account: { email: string; password: string }) {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: account.email, password: account.password, json: "true" },
  });
  expect(res.status()).toBe(200);
}

async function credentialsFor(actor: Actor, baseURL: string): Promise<Credentials> {
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: actor === "instructor" ? { "x-class-key": CLASS_KEY } : {} });
  if (actor === "customer" || actor === "admin") {
    const account = actor === "admin" ? ADMIN : DEMO;
    await monolithLogIn(api, account);
    await nextAuthSignIn(api, account);
    const token = (await (await api.get("/api/baas/token")).json()) as { token: string; scopes: string[] };
    expect(token.scopes).toContain("purchase");
    return { api, bearer: token.token, csrf: await monolithCsrf(api, true) };
  }
  // Anonymous callers still get a monolith session cookie (carts) and hence a CSRF token for the form rows.
  return { api, csrf: await monolithCsrf(api, false) };
}

async function send(row: MatrixRow, who: Credentials): Promise<APIResponse> {
  const headers: Record<string, string> = { ...row.headers };
  if (row.auth === "bearer" && who.bearer) headers.authorization = `Bearer ${who.bearer}`;
  const form = row.form ? { ...row.form, ...(row.auth === "form" ? { csrfToken: who.csrf } : {}) } : undefined;
  return who.api.fetch(row.path, {
    method: row.method,
    headers,
    maxRedirects: 0,
    ...(form ? { form } : {}),
    ...(row.json !== undefined ? { data: row.json } : {}),
  });
}

function errorOf(res: APIResponse): string | null {
  const location = res.headers()["location"];
  return location ? new URL(location, "http://x").searchParams.get("error") : null;
}

test.describe("authorization matrix", () => {
  // Plain HTTP, no browser: run once (in the monolith project), not once per architecture.
  test.skip(({ mode, javaScriptEnabled }) => mode !== "monolith" || javaScriptEnabled === false, "one run is enough");

  for (const actor of ACTORS) {
    test(`every route as ${actor}`, async ({ baseURL }) => {
      test.slow();
      const who = await credentialsFor(actor, baseURL!);
      try {
        const failures: string[] = [];
        for (const row of MATRIX) {
          const expected = row.expect[actor];
          const res = await send(row, who);
          const want = typeof expected === "number" ? { status: expected, error: undefined } : expected;
          const got = res.status();
          const error = errorOf(res);
          const line = `${row.method} ${row.path} (${row.name}) as ${actor}`;
          if (got !== want.status)
            failures.push(
              `${line}: expected ${want.status}, got ${got} ${got >= 300 && got < 400 ? `→ ${res.headers()["location"]}` : (await res.text()).slice(0, 200)}`,
            );
          else if (want.error === null && error !== null) failures.push(`${line}: expected no error, got "${error}"`);
          else if (want.error instanceof RegExp && !(error !== null && want.error.test(error)))
            failures.push(`${line}: expected error ${want.error}, got "${error}"`);
          // Every redirect stays on this site and is relative.
          const location = res.headers()["location"];
          if (location && !(location.startsWith("/") && !location.startsWith("//")))
            failures.push(`${line}: non-relative Location ${location}`);
        }
        expect(failures, failures.join("\n")).toEqual([]);
      } finally {
        await who.api.dispose();
      }
    });
  }
});
