// The three actions, done from this browser the way each store does them. Monolith: page requests and form
// posts (with the CSRF token the server put in the form). Serverless: the SPA's calls — BaaS sign-in, a data-
// API token, the data API and the functions. Buy uses the demo account and one "Biscuit" (a high-stock pet).
import { formBody, newRecorder, tracedFetch, type TraceRecorder } from "./traced-fetch";

export type CompareAction = "browse" | "search" | "buy";

const DEMO = { email: "demo@petstore.test", password: "demo-password" };
const CATEGORY = "dogs";
const QUERY = "retriever";
/** The pet "buy" orders: a high-stock seeded pet. Its name reaches the page as a message value, not in the message. */
export const BUY_PET = "Biscuit";

function csrfFrom(html: string): string {
  const m = /name="csrfToken" value="([^"]+)"/.exec(html);
  if (!m) throw new Error("The monolith page carried no CSRF token.");
  return m[1]!;
}

async function biscuitId(): Promise<number> {
  // Outside the traces: finding the pet is not part of "buy".
  const r = await fetch(`/api/functions/search?q=${BUY_PET}&limit=10`, { cache: "no-store" });
  const { hits } = (await r.json()) as { hits: { id: number; name: string }[] };
  const pet = hits.find((h) => h.name === BUY_PET) ?? hits[0];
  if (!pet) throw new Error(`No pet called ${BUY_PET} in the catalog.`);
  return pet.id;
}

const newKey = () => `compare-${crypto.randomUUID()}`;

/** A step that answered with an error status; the page says so in the visitor's language. */
export class CompareStepError extends Error {
  constructor(
    what: string,
    readonly status: number,
  ) {
    super(`${what} answered ${status}.`);
  }
}

async function ensureOk(r: Response, what: string): Promise<Response> {
  if (!r.ok) throw new CompareStepError(what, r.status);
  return r;
}

export async function runMonolith(action: CompareAction, petId?: number): Promise<TraceRecorder> {
  const rec = newRecorder();
  if (action === "browse") await ensureOk(await tracedFetch(rec, "categoryPage", `/monolith/category/${CATEGORY}`), "The category page");
  if (action === "search") await ensureOk(await tracedFetch(rec, "searchPage", `/monolith/search?q=${QUERY}`), "The search page");
  if (action === "buy") {
    const login = await (await ensureOk(await tracedFetch(rec, "loginPage", "/monolith/login"), "The login page")).text();
    const afterLogin = await (
      await ensureOk(
        await tracedFetch(rec, "loginForm", "/api/monolith/login", {
          method: "POST",
          body: formBody({ csrfToken: csrfFrom(login), email: DEMO.email, password: DEMO.password, next: "/monolith/cart" }),
        }),
        "Logging in",
      )
    ).text();
    const checkout = await (
      await ensureOk(
        await tracedFetch(rec, "addToCart", "/api/monolith/cart/add", {
          method: "POST",
          body: formBody({ csrfToken: csrfFrom(afterLogin), petId: String(petId), quantity: "1", returnTo: "/monolith/checkout" }),
        }),
        "Adding to the cart",
      )
    ).text();
    const key = /name="idempotencyKey" value="([^"]+)"/.exec(checkout)?.[1] ?? newKey();
    await ensureOk(
      await tracedFetch(rec, "placeOrder", "/api/monolith/checkout", {
        method: "POST",
        body: formBody({ csrfToken: csrfFrom(checkout), idempotencyKey: key }),
      }),
      "Placing the order",
    );
  }
  return rec;
}

export async function runServerless(action: CompareAction, petId?: number): Promise<TraceRecorder> {
  const rec = newRecorder();
  if (action === "buy") {
    const { csrfToken } = (await (await ensureOk(await tracedFetch(rec, "authCsrf", "/api/auth/csrf"), "The auth service")).json()) as {
      csrfToken: string;
    };
    await ensureOk(
      await tracedFetch(rec, "signIn", "/api/auth/callback/credentials", {
        method: "POST",
        body: formBody({ csrfToken, email: DEMO.email, password: DEMO.password, json: "true" }),
      }),
      "Signing in",
    );
  }
  const { token } = (await (await ensureOk(await tracedFetch(rec, "dataToken", "/api/baas/token"), "The token service")).json()) as {
    token: string;
  };
  const auth = { Authorization: `Bearer ${token}` };
  if (action === "browse")
    await ensureOk(
      await tracedFetch(rec, "categoryPets", `/api/baas/categories/${CATEGORY}/pets?page=1`, { headers: auth }),
      "The data API",
    );
  if (action === "search")
    await ensureOk(
      await tracedFetch(rec, "searchFunction", `/api/functions/search?q=${QUERY}&limit=20`, { headers: auth }),
      "The search function",
    );
  if (action === "buy") {
    await ensureOk(
      await tracedFetch(rec, "purchaseFunction", "/api/functions/purchase", {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({ items: [{ petId, quantity: 1 }], idempotencyKey: newKey() }),
      }),
      "The purchase function",
    );
  }
  return rec;
}

export async function runBoth(action: CompareAction): Promise<{ monolith: TraceRecorder; serverless: TraceRecorder }> {
  const petId = action === "buy" ? await biscuitId() : undefined;
  // One after the other, so neither competes with the other for this small machine's CPU.
  const monolith = await runMonolith(action, petId);
  const serverless = await runServerless(action, petId);
  return { monolith, serverless };
}
